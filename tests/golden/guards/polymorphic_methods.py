# Guards of LOAD_ATTR_METHOD_POLY: one method-call site that sees receivers
# of many classes (overriding and inheriting), then every way the remembered
# (type, method) pairs can go stale: a method replaced or deleted, an
# instance attribute shadowing the method, a class with __getattribute__, a
# __slots__ class, more classes than the site remembers, a non-method
# attribute of the same name.

class Base:
    def __init__(self, n):
        self.n = n

    def who(self):
        return 'Base%d' % self.n


class A(Base):
    def who(self):
        return 'A%d' % self.n


class B(Base):
    def who(self):
        return 'B%d' % self.n


class C(A):
    pass


class D(B):
    def who(self):
        return 'D' + super().who()


class Slotted:
    __slots__ = ('n',)

    def __init__(self, n):
        self.n = n

    def who(self):
        return 'S%d' % self.n


def call_all(objs, rounds=30):
    out = []
    for r in range(rounds):
        for o in objs:
            out.append(o.who())
    return out[-len(objs):], len(out)


objs = [Base(0), A(1), B(2), C(3), D(4), Slotted(5)]
print(call_all(objs))

# A method replaced on one class of the table, then on the common base.
A.who = lambda self: 'patched A%d' % self.n
print(call_all(objs))
Base.who = lambda self: 'patched Base%d' % self.n
print(call_all(objs))

# A method deleted: C now finds A's (patched) one, then Base's.
del A.who
print(call_all(objs))

# An instance attribute shadows the method on one object only.
shadowed = B(7)
shadowed.who = lambda: 'instance attribute'
print(call_all(objs + [shadowed]))
del shadowed.who
print(call_all(objs + [shadowed]))


class Intercepting(Base):
    def __getattribute__(self, name):
        if name == 'who':
            return lambda: 'intercepted'
        return object.__getattribute__(self, name)


class WithGetattr(Base):
    def __getattr__(self, name):
        return lambda: 'fallback ' + name

print(call_all(objs + [Intercepting(8), WithGetattr(9)]))


class NotAMethod:
    who = staticmethod(lambda: 'static')


class Callable:
    class who:
        def __init__(self):
            self.made = 'a class called'

        def __repr__(self):
            return self.made


class Plain:
    def __init__(self):
        self.who = lambda: 'attribute only'

print(call_all(objs + [NotAMethod(), Callable(), Plain()]))

# More classes than the site remembers, in rotation.
many = [type('K%d' % i, (Base,), {'who': (lambda i: lambda self: 'K%d-%d' % (i, self.n))(i)})(i)
        for i in range(12)]
print(call_all(many + objs, rounds=5))
print(call_all(objs + many, rounds=5))

# A class changed while the site is mid-loop.
def mutate_midway(objs):
    out = []
    for i in range(40):
        if i == 20:
            B.who = lambda self: 'late B%d' % self.n
        for o in objs:
            out.append(o.who())
    return out[-len(objs) * 2:]

print(mutate_midway(objs))

# Errors are the generic path's.
class NoWho(Base):
    pass

del Base.who
try:
    print(call_all(objs + [NoWho(10)]))
except AttributeError as e:
    print('AttributeError:', e)

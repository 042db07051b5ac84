# Guards of the attribute caches at sites shared by sibling classes: an
# instance attribute (LOAD_ATTR_WITH_HINT / STORE_ATTR_WITH_HINT), an
# inherited method (LOAD_ATTR_METHOD_WITH_DICT) and an inherited property
# (LOAD_ATTR_PROPERTY) read through instances of several subclasses in
# turn, then each subclass changed on its own.

class Base:
    def __init__(self, n):
        self.n = n

    def double(self):
        return self.n * 2

    @property
    def tag(self):
        return 't%d' % self.n


class A(Base):
    pass


class B(Base):
    pass


class C(Base):
    pass


def run(objs, rounds=25):
    out = []
    for r in range(rounds):
        for o in objs:
            o.n = o.n + 1
            out.append((o.n, o.double(), o.tag))
    return out[-len(objs):]


objs = [A(0), B(10), C(20), A(30)]
print(run(objs))

# One sibling gets a data descriptor for `n`: its loads and stores must use it.
class Loud:
    def __get__(self, obj, owner=None):
        return obj.__dict__.get('_n', 0) + 1000

    def __set__(self, obj, value):
        obj.__dict__['_n'] = value % 7

B.n = Loud()
print(run(objs))
del B.n
print(run(objs))

# One sibling overrides the method, another the property, with plain values.
C.double = lambda self: 'C-double'
A.tag = 'plain tag'
print(run(objs))
del C.double
del A.tag
print(run(objs))

# An instance attribute shadows the method and the property on one object.
objs[1].double = lambda: 'instance double'
objs[2].__dict__['tag'] = 'instance tag (property still wins)'
print(run(objs))

# A sibling gains __getattribute__ / __setattr__.
A.__getattribute__ = lambda self, name: 99 if name == 'n' else object.__getattribute__(self, name)
print(run(objs, 3))
del A.__getattribute__
B.__setattr__ = lambda self, name, value: object.__setattr__(self, name, -value)
print(run(objs, 3))
del B.__setattr__

# The common base changes: every sibling sees it.
Base.double = lambda self: ('base changed', self.n)
print(run(objs, 3))
Base.tag = property(lambda self: 'new property %d' % self.n)
print(run(objs, 3))

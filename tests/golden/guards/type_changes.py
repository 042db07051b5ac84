# Classes changed after the code using them has warmed up: special methods
# added or removed later (__add__, __eq__, __lt__, __len__, __iter__,
# __getitem__, __index__, __bool__, __call__), methods patched on one base of
# a multiple-inheritance class, methods moved between base and subclass, a
# method replaced by a non-callable or a descriptor, and subclasses of
# builtins gaining overrides.

N = 2000

def warm(f, *args):
    r = None
    for _ in range(N):
        r = f(*args)
    return r

def attempt(f, *args):
    try:
        return f(*args)
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

class V:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return 'V(%r)' % (self.v,)

def add(a, b):
    return a + b

def lt(a, b):
    return a < b

def eq(a, b):
    return a == b

def size(o):
    return len(o)

def items(o):
    return [x for x in o]

def truth(o):
    return 'yes' if o else 'no'

def index(seq, o):
    return seq[o]

def call(o):
    return o()

x, y = V(1), V(2)
print([attempt(f, x, y) for f in (add, lt)], warm(eq, x, x), eq(x, y))
print(attempt(size, x), attempt(items, x), warm(truth, x), attempt(index, [10, 20, 30], x), attempt(call, x))

V.__add__ = lambda a, b: V(a.v + b.v)
V.__lt__ = lambda a, b: a.v < b.v
V.__eq__ = lambda a, b: a.v == b.v
V.__len__ = lambda a: a.v
V.__iter__ = lambda a: iter(range(a.v))
V.__index__ = lambda a: a.v
V.__bool__ = lambda a: a.v > 1
V.__call__ = lambda a: 'called %d' % a.v
print(warm(add, x, y), warm(lt, x, y), lt(y, x), warm(eq, x, V(1)), eq(x, y))
print(warm(size, y), warm(items, y), truth(x), truth(y), warm(index, [10, 20, 30], y), warm(call, y))

del V.__add__, V.__lt__, V.__eq__, V.__len__, V.__iter__, V.__index__, V.__bool__, V.__call__
print([attempt(f, x, y) for f in (add, lt)], eq(x, x), eq(x, V(1)))
print(attempt(size, x), attempt(items, x), truth(x), attempt(index, [10, 20, 30], x), attempt(call, x))

V.__getitem__ = lambda a, i: i * a.v if i < 3 else V.__getitem__.missing[0]
V.__getitem__.missing = []
print('old-style iteration', attempt(items, V(5)))
V.__iter__ = None
print(attempt(items, V(5)))
V.__len__ = lambda a: -5
print(attempt(size, x))
V.__len__ = lambda a: 'str'
print(attempt(size, x))
V.__bool__ = lambda a: 1
print(attempt(truth, x))
del V.__len__, V.__bool__, V.__iter__, V.__getitem__

# --- builtin subclasses gaining overrides -------------------------------------
class I(int):
    pass

class L(list):
    pass

class D(dict):
    pass

i5, l3, d1 = I(5), L([1, 2, 3]), D(a=1)
print(warm(add, i5, 1), warm(lt, i5, 6), warm(size, l3), warm(index, l3, 0), warm(index, d1, 'a'))
I.__add__ = lambda a, b: 'I add'
I.__lt__ = lambda a, b: 'I lt'
L.__len__ = lambda a: 99
L.__getitem__ = lambda a, i: 'L item'
D.__getitem__ = lambda a, k: 'D item'
print(add(i5, 1), add(1, i5), lt(i5, 6), size(l3), index(l3, 0), index(d1, 'a'), index(d1, 'zz'))
I.__radd__ = lambda a, b: 'I radd'
print(add(1, i5), add(1.5, i5), add(i5, i5))
del I.__add__, I.__lt__, I.__radd__, L.__len__, L.__getitem__, D.__getitem__
print(add(i5, 1), lt(i5, 6), size(l3), index(l3, 0), attempt(index, d1, 'zz'))

# --- __bases__ reassigned --------------------------------------------------------
class Left:
    def who(self):
        return 'left'
    tag = 'L'

class Right:
    def who(self):
        return 'right'
    tag = 'R'

class Child(Left):
    pass

class Child2(Right, Left):
    pass

def who(o):
    return o.who()

def tag(o):
    return o.tag

ch, ch2 = Child(), Child2()
print(warm(who, ch), warm(tag, ch), warm(tag, Child))
print(who(ch2), tag(ch2), tag(Child2), warm(who, ch2))
Right.who = lambda self: 'right patched'
del Right.tag
print(who(ch2), tag(ch2), who(ch), warm(who, ch2))
del Right.who
Left.tag = 'L2'
print(who(ch2), who(ch), tag(ch2), tag(ch), [c.__name__ for c in Child2.__mro__])

# --- methods moved around the hierarchy ----------------------------------------
class Base:
    def m(self):
        return 'base m'

class Mid(Base):
    pass

class Leaf(Mid):
    pass

def m(o):
    return o.m()

objs = [Base(), Mid(), Leaf()]
print([warm(m, o) for o in objs])
Mid.m = lambda self: 'mid m'
print([m(o) for o in objs])
Base.m = property(lambda self: lambda: 'property m')
print([m(o) for o in objs])
del Mid.m
print([m(o) for o in objs])
Leaf.m = 'not callable'
print([attempt(m, o) for o in objs])
class Descr:
    def __get__(self, obj, cls):
        return lambda: 'descr on %s' % cls.__name__
Leaf.m = Descr()
Base.m = Descr()
print([warm(m, o) for o in objs])
del Leaf.m, Base.m
print([attempt(m, o) for o in objs])

# --- a class attribute that is a function, builtin, callable or class ----------
class Holder:
    def f(self):
        return 'function'

def hf(o):
    return o.f()

h = Holder()
print(warm(hf, h))
Holder.f = len
print(attempt(hf, h))
Holder.f = staticmethod(len)
print(attempt(hf, h))
Holder.f = type('Callable', (), {'__call__': lambda self: 'callable instance'})()
print(hf(h))
Holder.f = type('Inner', (), {'__init__': lambda self, outer: None, '__repr__': lambda self: 'Inner()'})
print(attempt(hf, h))
Holder.f.__init__ = lambda self: None
print(hf(h))
Holder.f = classmethod(lambda cls: cls.__name__)
print(warm(hf, h))

# Attribute stores warmed up on one class, then invalidated: __setattr__ /
# __delattr__ added or removed on the class or a base, a data descriptor or a
# slot appearing for the stored name, many attributes added so the instance
# dict outgrows its initial layout, stores on classes and modules, and reads
# of the stored values through a warmed load site.
import math

N = 2000

def store(o, v):
    o.a = v

def load(o):
    return o.a

def store_many(o, n):
    for i in range(n):
        store(o, i)
    return load(o)

def attempt(f, *args):
    try:
        return f(*args)
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

class Plain:
    def __init__(self):
        self.a = 0
        self.b = 1

p = Plain()
print('plain', store_many(p, N), p.__dict__)
q = Plain()
for i in range(40):
    setattr(q, 'extra%d' % i, i)
print('many attrs', store_many(q, N), len(q.__dict__), q.extra39)
r = Plain()
del r.a
print('deleted first', store_many(r, 10), list(r.__dict__))
s = Plain.__new__(Plain)
print('no init', store_many(s, 10), list(s.__dict__))

# __setattr__ added later, on the class and then on a base.
def logging_setattr(self, name, value):
    object.__setattr__(self, name, ('logged', value))
Plain.__setattr__ = logging_setattr
store(p, 5)
print('with __setattr__', load(p), store_many(Plain(), 3))
del Plain.__setattr__
print('removed', store_many(p, 3))

class Root:
    pass
class Sub(Root):
    pass
o = Sub()
print('sub', store_many(o, N))
Root.__setattr__ = lambda self, n, v: object.__setattr__(self, n, v * 2)
print('base __setattr__', store_many(o, 4))
Root.__delattr__ = lambda self, n: print('delattr', n)
del o.a
print(load(o))
del Root.__setattr__, Root.__delattr__
del o.a
print(attempt(load, o))
print(store_many(o, 7))

# A data descriptor for the stored name appears on the class.
class Target:
    pass
t = Target()
print('target', store_many(t, N))
Target.a = property(lambda self: 'getter', lambda self, v: print('setter got', v))
store(t, 'x')
print(load(t), t.__dict__)
Target.a = property(lambda self: 'read-only')
try:
    store(t, 1)
except AttributeError as e:
    print('AttributeError (read-only property)')
del Target.a
print(load(t))
Target.a = 'class value'
store(t, 'instance value')
print(load(t), Target.a)

# Slots: stores on the slot, then on the wrong class, and a subclass with a dict.
class Slotted:
    __slots__ = ('a',)
class SlottedSub(Slotted):
    pass
ss = Slotted()
print('slot', store_many(ss, N))
print(attempt(setattr, ss, 'b', 1))
sub = SlottedSub()
print('slot sub', store_many(sub, 10), sub.__dict__)
sub.b = 2
print(sub.__dict__)
class OtherSlots:
    __slots__ = ('z', 'a')
os_ = OtherSlots()
print('other slots', store_many(os_, 10), attempt(lambda: os_.z))
Slotted.a.__set__(ss, 'direct')
print(load(ss), load(os_))

# Stores on classes, modules and builtins.
class Cls:
    a = 'initial'
print('class', store_many(Cls, N), Cls().a)
print(attempt(store, int, 1), attempt(store, 5, 1), attempt(store, None, 1), attempt(store, 'str', 1))
print(attempt(store, object(), 1), attempt(store, (lambda: 0), 1))
f = lambda: 0
store(f, 'func attr')
print(load(f), f.__dict__)

saved = math.pi
print('module', store_many(math, N), math.a)
math.pi = 3
print(math.pi)
math.pi = saved
del math.a
print(attempt(load, math), math.pi)

# Mixed objects through one store site.
things = [Plain(), Sub(), Target(), Slotted(), SlottedSub(), Cls, f]
for _ in range(100):
    for i, th in enumerate(things):
        store(th, i)
print([load(th) for th in things])

# Attribute loads and stores warmed up on one shape, then the shape changes:
# instance dicts that grow, lose keys or are replaced, __slots__ descriptors
# replaced on the class, class attributes reassigned, properties added over
# instance attributes, __getattribute__ / __getattr__ added later, module
# attributes rebound and deleted.
import types

N = 2000

def get_x(o):
    return o.x

def set_x(o, v):
    o.x = v

def loop_get(o, n=N):
    t = 0
    for _ in range(n):
        t += get_x(o)
    return t

# --- LOAD_ATTR_INSTANCE_VALUE / STORE_ATTR_INSTANCE_VALUE ---------------------
class C:
    def __init__(self, x):
        self.x = x

a = C(1)
print('inst', loop_get(a))
b = C(2)
b.y = 5
b.z = 6
print('bigger dict', loop_get(b))
c = C(3)
del c.x
c.w = 0
c.x = 4
print('reordered', loop_get(c), sorted(c.__dict__))
d = C(5)
d.__dict__ = {'q': 1, 'x': 7}
print('replaced dict', loop_get(d))
e = C(0)
del e.x
try:
    get_x(e)
except AttributeError as ex:
    print('AttributeError', ex)
e.__dict__['x'] = 8
print('via __dict__', get_x(e))
for i in range(N):
    set_x(a, i)
print('stored', a.x, sorted(a.__dict__))
set_x(d, 'str')
set_x(e, 1.5)
print(d.x, e.x, sorted(d.__dict__))

# A data descriptor added on the class now wins over the instance dict.
C.x = property(lambda self: 'prop', lambda self, v: print('setter', v))
print(get_x(a), get_x(b))
set_x(a, 99)
print(a.__dict__['x'])
del C.x
print(get_x(a))
# A non-data descriptor on the class does not win.
C.x = 'class attr'
print(get_x(a), get_x(C), get_x(C.__new__(C)))
del C.x

# --- LOAD_ATTR_SLOT / STORE_ATTR_SLOT ------------------------------------------
class S:
    __slots__ = ('x', 'y')
    def __init__(self, x):
        self.x = x

s = S(10)
print('slot', loop_get(s))
for i in range(N):
    set_x(s, i)
print('slot stored', s.x)
del s.x
try:
    get_x(s)
except AttributeError as ex:
    print('AttributeError', ex)
try:
    s.z = 1
except AttributeError as ex:
    print('AttributeError', ex)
slot_descr = S.x
S.x = property(lambda self: 'replaced slot')
print(get_x(s), get_x(S.__new__(S)))
S.x = slot_descr
s2 = S(3)
print('slot back', loop_get(s2, 10))
class S2(S):
    __slots__ = ('x',)          # a second slot named x shadows the base one
s3 = S2(4)
slot_descr.__set__(s3, 'base slot')
print('sub slot', loop_get(s3, 10), slot_descr.__get__(s3))

# --- LOAD_ATTR_CLASS / LOAD_ATTR_METHOD: class attribute reassigned -------------
class K:
    limit = 3
    def m(self):
        return 'm'

def get_limit(cls):
    return cls.limit

def call_m(o):
    return o.m()

print('class', sum(get_limit(K) for _ in range(N)))
K.limit = 4
print('class reassigned', sum(get_limit(K) for _ in range(N)))
class K2(K):
    pass
print('subclass', get_limit(K2))
K2.limit = 'own'
print(get_limit(K2), get_limit(K))
del K.limit
try:
    get_limit(K)
except AttributeError as ex:
    print('AttributeError', ex)

k = K2()
print('method', [call_m(k) for _ in range(N)][-1])
K.m = lambda self: 'patched base'
print(call_m(k))
K2.m = staticmethod(lambda: 'static')
print(call_m(k))
K2.m = classmethod(lambda cls: 'class ' + cls.__name__)
print(call_m(k))
k.m = lambda: 'instance'
print(call_m(k))
del k.m
del K2.m
print(call_m(k))
K.m = 5
try:
    call_m(k)
except TypeError as ex:
    print('TypeError', ex)

# --- __getattr__ / __getattribute__ added to a class later ---------------------
class G:
    def __init__(self):
        self.x = 1

g = G()
print('plain', loop_get(g))
G.__getattr__ = lambda self, name: 'missing ' + name
print(get_x(g), g.nothing)
G.__getattribute__ = lambda self, name: 100 if name == 'x' else object.__getattribute__(self, name)
print('getattribute', loop_get(g))
del G.__getattribute__
print('removed', loop_get(g))
del g.x
print(get_x(g))
del G.__getattr__
try:
    get_x(g)
except AttributeError as ex:
    print('AttributeError', ex)

# --- LOAD_ATTR_MODULE: module attributes rebound / deleted ----------------------
mod = types.ModuleType('mod')
mod.x = 1

print('module', loop_get(mod))
mod.x = 2.5
mod.other = 0
print('module rebound', loop_get(mod))
del mod.x
try:
    get_x(mod)
except AttributeError as ex:
    print('AttributeError', ex)
mod.__getattr__ = lambda name: 'module getattr ' + name
print(get_x(mod))
mod.x = 3
print(loop_get(mod))

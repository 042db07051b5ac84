# Call sites warmed up with one kind of callee, then handed another: Python
# functions with exact arguments or defaults, bound methods, classes whose
# __init__ changes, replaced __code__ / __defaults__, and wrong argument counts
# at a site that was specialised for the right count.

N = 2000

def run(site, callee, n=N):
    total = 0
    for i in range(n):
        total += site(callee, i)
    return total

# --- CALL_PY_EXACT_ARGS: one positional-args site, many callees ---------------
def call2(f, i):
    return f(i, 3)

def plus(a, b):
    return a + b

def times(a, b):
    return a * b

def with_default(a, b, c=100):
    return a + b + c

def star(*args):
    return len(args)

def kwonly(a, b, *, k=7):
    return a - b + k

def gen(a, b):
    yield a
    yield b

class Adder:
    def __call__(self, a, b):
        return a - b

print('exact', run(call2, plus))
print('other func', run(call2, times))
print('defaults', run(call2, with_default))
print('varargs', run(call2, star))
print('kwonly', run(call2, kwonly))
print('callable obj', run(call2, Adder()))
print('builtin', run(call2, pow, 10))
print('lambda', run(call2, lambda a, b: a // b))
print('exact again', run(call2, plus))
g = call2(gen, 5)
print('generator', type(g).__name__, list(g))

# --- wrong argument counts at the specialised site ----------------------------
def one(a):
    return a

def three(a, b, c):
    return a

for f in (one, three, kwonly, with_default, plus):
    try:
        print(f.__name__, call2(f, 1))
    except TypeError as e:
        print('TypeError', e)

def call_kw(f, i):
    return f(i, b=2)

print('kw', run(call_kw, plus, 50))
for f in (one, star, lambda a, **kw: sorted(kw)):
    try:
        print('kw', call_kw(f, 1))
    except TypeError as e:
        print('TypeError', e)

# --- CALL_PY_WITH_DEFAULTS then __defaults__ replaced ---------------------------
def dflt(a, b=10, c=20):
    return a + b + c

def call1(i):
    return dflt(i)

print('dflt', sum(call1(i) for i in range(N)))
dflt.__defaults__ = (1000, 2000)
print('dflt new', sum(call1(i) for i in range(N)))
dflt.__defaults__ = (5,)
try:
    call1(1)
except TypeError as e:
    print('TypeError', e)
dflt.__defaults__ = None
try:
    call1(1)
except TypeError as e:
    print('TypeError', e)
dflt.__defaults__ = (1, 2)
dflt.__kwdefaults__ = {'z': 1}
print('dflt restored', call1(3))

# --- __code__ replaced under a warmed site -------------------------------------
def target(x, y):
    return x + y

def other_code(x, y):
    return x * y * 2

def three_code(x, y, z):
    return x

def call_target(i):
    return target(i, 2)

print('code', sum(call_target(i) for i in range(N)))
target.__code__ = other_code.__code__
print('code swapped', sum(call_target(i) for i in range(N)))
target.__code__ = three_code.__code__
try:
    call_target(1)
except TypeError as e:
    print('TypeError', e)
target.__code__ = gen.__code__
print('code gen', list(call_target(9)))

# --- CALL_BOUND_METHOD_EXACT_ARGS: method vs function vs staticmethod ----------
class Box:
    def __init__(self, v):
        self.v = v
    def add(self, x):
        return self.v + x

def call_m(f, i):
    return f(i)

b = Box(10)
print('bound', run(call_m, b.add))
print('plain', run(call_m, lambda x: -x))
print('bound other', run(call_m, Box(-1).add))
Box.add = lambda self, x: self.v * x
print('rebound class', run(call_m, b.add), run(call_m, Box(2).add))
print('builtin bound', run(call_m, [].count, 100), run(call_m, (5, 6, 7).__getitem__, 3))
print('staticmethod', run(call_m, staticmethod(abs).__func__, 10))
try:
    call_m(Box(1).__init__, 5)
    print('init ok')
    call_m(b.__init__.__func__, 5)
except TypeError as e:
    print('TypeError', e)
print('after', b.v)

# --- CALL_ALLOC_AND_ENTER_INIT: the class changes under the site --------------
class P:
    def __init__(self, x):
        self.x = x

def make(cls, i):
    return cls(i).x

print('alloc', sum(make(P, i) for i in range(N)))
P.__init__ = lambda self, x: setattr(self, 'x', x * 3)
print('new init', sum(make(P, i) for i in range(N)))
def new_with_arg(cls, x):
    o = object.__new__(cls)
    o.x = -1000
    return o
P.__new__ = new_with_arg
print('new __new__', sum(make(P, i) for i in range(10)))
Box.x = property(lambda self: self.v + 0.5)
P.__new__ = staticmethod(lambda cls, x: Box(x))
print('static __new__', sum(make(P, i) for i in range(N)))

class P2:
    def __init__(self, x):
        self.x = x

print('P2', sum(make(P2, i) for i in range(N)))
del P2.__init__
try:
    make(P2, 1)
except TypeError as e:
    print('TypeError', e)
P2.__init__ = lambda self, x, y: None
try:
    make(P2, 1)
except TypeError as e:
    print('TypeError', e)

class Q(P2):
    def __init__(self, x, y=1):
        self.x = x + y

class NotInit:
    def __new__(cls, x):
        return P.__new__(P) if False else Box(x)
    def __init__(self, x):
        raise RuntimeError('never')

class Meta(type):
    def __call__(cls, *a):
        return Box(42)

class M(metaclass=Meta):
    pass

print('Q', sum(make(Q, i) for i in range(N)))
print('NotInit', make(NotInit, 3), 'M', make(M, 3))
class R:
    def __init__(self, x):
        self.x = x
        return None
class S:
    def __init__(self, x):
        return x
print('R', make(R, 2))
try:
    make(S, 2)
except TypeError as e:
    print('TypeError', e)

# Binary operations and comparisons warmed up on small ints, floats or strs,
# then fed bools, big ints past 2**63, int/float subclasses, mixed types and
# user classes with __add__ / __radd__ / __eq__ / __lt__, plus the errors that
# must come out the same (ZeroDivisionError, TypeError messages).

N = 2000

def add(a, b):
    return a + b

def sub(a, b):
    return a - b

def mul(a, b):
    return a * b

def iadd(a, b):
    a += b
    return a

def lt(a, b):
    return a < b

def eq(a, b):
    return a == b

def ge(a, b):
    return a >= b

def ne(a, b):
    return a != b

def warm(f, a, b):
    r = None
    for _ in range(N):
        r = f(a, b)
    return r

class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Num(self.v + getattr(o, 'v', o))
    def __radd__(self, o):
        return ('radd', o, self.v)
    def __sub__(self, o):
        return NotImplemented
    def __rsub__(self, o):
        return ('rsub', o)
    def __mul__(self, o):
        return 'mul'
    def __eq__(self, o):
        return 'eq-result'
    def __lt__(self, o):
        return self.v < 10
    def __repr__(self):
        return 'Num(%r)' % (self.v,)

class MyInt(int):
    def __add__(self, o):
        return 'MyInt add'
    def __eq__(self, o):
        return 'MyInt eq'

class MyFloat(float):
    def __sub__(self, o):
        return 'MyFloat sub'

class MyStr(str):
    def __add__(self, o):
        return 'MyStr+' + str.__add__(self, o)
    def __lt__(self, o):
        return True

samples = [
    (1, 2), (2 ** 62, 2 ** 62), (2 ** 63 - 1, 1), (-2 ** 63, -1), (2 ** 64, -2 ** 64),
    (True, True), (True, 2), (1, 2.5), (0.1, 0.2), (1e308, 1e308), (-0.0, 0.0),
    (float('inf'), float('-inf')), (3, -3.0), ('ab', 'cd'), ('', ''), ([1], [2]),
    ((1,), (2,)), (Num(1), 5), (5, Num(2)), (Num(1), Num(2)), (MyInt(3), 4), (4, MyInt(3)),
    (MyFloat(1.5), 0.5), (MyStr('x'), 'y'), ('y', MyStr('x')), (1j, 2), (b'a', b'b'),
]

for f in (add, sub, mul, iadd):
    print('--', f.__name__, warm(f, 3, 4), warm(f, 1.5, 2.25))
    for a, b in samples:
        try:
            r = f(a, b)
        except TypeError as e:
            r = 'TypeError: %s' % e
        except OverflowError as e:
            r = 'OverflowError: %s' % e
        print(repr(r))
    print('again', warm(f, 3, 4), warm(f, 1.5, 2.25))

print('str', warm(add, 'ab', 'c'), warm(iadd, 'x', 'yz'))
print('str mixed', [add(s, t) for s, t in [('a', 'b'), (MyStr('m'), 'n'), ('', 'q')]])
try:
    add('a', 1)
except TypeError as e:
    print('TypeError', e)
try:
    add(1, 'a')
except TypeError as e:
    print('TypeError', e)
s = ''
for i in range(N):
    s += 'ab'[i % 2]
print(len(s), s[:10])

# Overflow out of machine ints inside a hot loop.
x = 1
for i in range(200):
    x = add(x, x)
print(x, x.bit_length())
y = -1
for i in range(70):
    y = mul(y, 2)
print(y, sub(y, 1), sub(-y, -y), mul(y, 0), mul(y, -1))
print(sub(-2 ** 63, 1), add(2 ** 63 - 1, 1), mul(2 ** 32, 2 ** 31), mul(-2 ** 32, 2 ** 31))
print(add(0.1, 0.2), sub(0.3, 0.1), mul(0.1, 3), add(1e16, 1.0), mul(1e200, 1e200), sub(1e-320, 1e-320))

# Division at a warmed site.
def div(a, b):
    return a / b
def fdiv(a, b):
    return a // b
def mod(a, b):
    return a % b
for f in (div, fdiv, mod):
    print(f.__name__, warm(f, 7, 2), warm(f, -7.5, 2), f(-7, 2), f(7, -2.0), f(2 ** 70, 3))
    for b in (0, 0.0, False):
        try:
            f(1, b)
        except ZeroDivisionError as e:
            print('ZeroDivisionError', e)

# Comparisons.
cmp_samples = [
    (1, 2), (2, 1), (2, 2), (2 ** 63, 2 ** 63 - 1), (-2 ** 100, 0), (True, 1), (1, 1.0),
    (0.1 + 0.2, 0.3), (float('nan'), float('nan')), (float('inf'), 2 ** 1000),
    (2 ** 1000, float('inf')), (2 ** 53 + 1, float(2 ** 53)), (-0.0, 0.0),
    ('a', 'b'), ('b', 'a'), ('abc', 'abc'), ('', 'a'), ('\xe9', 'z'), ('a', 1),
    ((1, 2), (1, 3)), ([2], [1, 5]), (Num(1), 3), (3, Num(20)), (MyInt(1), 1), (1, MyInt(1)),
    (MyStr('z'), 'a'), (None, None), (None, 0),
]
for f in (lt, eq, ge, ne):
    print('--', f.__name__, warm(f, 1, 2), warm(f, 1.5, 1.5), warm(f, 'a', 'b'))
    out = []
    for a, b in cmp_samples:
        try:
            out.append(f(a, b))
        except TypeError as e:
            out.append('TypeError: %s' % e)
    print(out)
    print('again', warm(f, 1, 2), warm(f, 1.5, 1.5), warm(f, 'a', 'b'))

# A comparison inside a branch (COMPARE_OP + jump) fed changing types.
def count_below(xs, limit):
    n = 0
    for v in xs:
        if v < limit:
            n += 1
    return n
ints = list(range(N))
print(count_below(ints, 1000), count_below([v / 2 for v in ints], 500.5),
      count_below([str(v) for v in ints], '5'), count_below(ints, 2 ** 70),
      count_below([Num(v) for v in range(20)], 0))
try:
    count_below([1, 'a'], 2)
except TypeError as e:
    print('TypeError', e)

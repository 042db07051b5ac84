# Comparisons of two instances of one class whose comparison method is a
# plain Python function run that method's frame in the eval loop
# (COMPARE_OP_PY). Every other case, and every NotImplemented, must give
# what the general protocol gives.
import sys


class P:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        if not isinstance(other, P):
            return NotImplemented
        return self.x == other.x

    def __lt__(self, other):
        if self.x is None or other.x is None:
            return NotImplemented
        return self.x < other.x

    def __gt__(self, other):
        if other.x == 'refuse':
            return NotImplemented
        return 'gt-called'


class Sub(P):
    def __eq__(self, other):
        return 'sub-eq'


def eq(a, b):
    return a == b


def ne(a, b):
    return a != b


def lt(a, b):
    return a < b


def gt(a, b):
    return a > b


a, b, c = P(1), P(1), P(2)
for i in range(4):
    print(eq(a, b), eq(a, c), ne(a, b), ne(a, c), lt(a, c), lt(c, a))

# NotImplemented from __lt__: the reflected __gt__ of the other operand.
n = P(None)
for i in range(3):
    print(lt(n, a), lt(a, n))
# Both decline: TypeError with CPython's message.
r = P('refuse')
for i in range(3):
    try:
        print(lt(P(None), r))
    except TypeError as e:
        print('TypeError:', e)
class NoOrder:
    def __lt__(self, other):
        return NotImplemented


for i in range(3):
    try:
        print(lt(NoOrder(), NoOrder()))
    except TypeError as e:
        print('TypeError:', e)
# __eq__ declines: identity decides; != is the inverse (no __ne__ defined).
class Q:
    def __eq__(self, other):
        return NotImplemented


q1, q2 = Q(), Q()
for i in range(3):
    print(eq(q1, q1), eq(q1, q2), ne(q1, q1), ne(q1, q2))

# A subclass instance on either side: the subclass's method goes first.
for i in range(3):
    print(eq(a, Sub(1)), eq(Sub(1), a), eq(Sub(1), Sub(2)), eq(a, 1), eq(1, a))

# The method raises: the exception comes out of the comparison.
class Boom:
    def __eq__(self, other):
        raise ValueError('no comparing')


for i in range(3):
    try:
        eq(Boom(), Boom())
    except ValueError as e:
        print('ValueError:', e)
    try:
        if Boom() == Boom():
            print('unreachable')
    except ValueError as e:
        print('in if:', e)

# Results that are not bools, used by jumps and chains.
class Odd:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v

    def __eq__(self, other):
        return [self.v]


x, y, z = Odd([]), Odd([1]), Odd(0)
for i in range(3):
    print(x < y, y < x, x == y, bool(x < y), 'yes' if y < x else 'no',
          x < y < z, y < z < x, [o.v for o in (x, y) if o < x])

# The method replaced on the class, or its __code__ replaced.
class R:
    def __eq__(self, other):
        return 'first'


def three(self, other, extra):
    return 'three'


def two(self, other):
    return 'two'


for i in range(8):
    if i == 2:
        R.__eq__ = lambda self, other: 'second'
    if i == 4:
        R.__eq__ = two
    if i == 6:
        two.__code__ = three.__code__
    try:
        print(i, eq(R(), R()))
    except TypeError as e:
        print(i, 'TypeError:', e)

# Methods that are not plain two-parameter functions.
class Varargs:
    def __eq__(self, *args):
        return ('varargs', len(args))

    def __lt__(self, other, flag='default'):
        return ('defaults', flag)

    def __gt__(self, other):
        yield 'gen'


for i in range(3):
    v = Varargs()
    print(eq(v, v), lt(v, v), type(gt(v, v)).__name__)

# The caller's frame is the comparing function.
class Who:
    def __eq__(self, other):
        return sys._getframe(1).f_code.co_name


for i in range(3):
    print(eq(Who(), Who()))

# Deep recursion through comparisons raises RecursionError.
class Deep:
    def __init__(self, inner):
        self.inner = inner

    def __eq__(self, other):
        return self.inner == other.inner


d1 = d2 = None
for i in range(5000):
    d1, d2 = Deep(d1), Deep(d2)
try:
    print(d1 == d2)
except RecursionError:
    print('RecursionError')
small1, small2 = Deep(Deep(Deep(None))), Deep(Deep(Deep(None)))
print(small1 == small2, Deep(Deep(1)) == Deep(Deep(2)))

# Sorting and min/max use the same methods (from native code).
items = [P(3), P(1), P(2)]
print([p.x for p in sorted(items)], max(items, key=lambda p: p.x).x)

# Instructions the eval loop runs without leaving its stack registers:
# `obj.__class__`, `len()` of builtin containers, `lst.append(x)`, unpacking,
# closures' cells, building tuples and lists, and `__init__` returns. Each
# site is warmed up, then given what the inline case must refuse.


class Base:
    pass


class WithClassProp:
    @property
    def __class__(self):
        return 'fake class'


def cls_of(o):
    return o.__class__


for o in [Base(), Base(), 3, 'x', Base, WithClassProp(), Base(), None, [1]]:
    print(cls_of(o))


class LenList(list):
    def __len__(self):
        return 42


def size(o):
    return len(o)


for o in [[1, 2], (1,), 'héllo', {1: 2}, [], LenList([1]), {3}, range(7), b'ab', 'x']:
    print(size(o))
len = lambda o: -1
print(size([1, 2, 3]))
del len
print(size([1, 2, 3]))


class LoudList(list):
    def append(self, x):
        print('LoudList.append', x)
        super().append(x * 10)


def add(lst, x):
    lst.append(x)
    return lst


for lst in [[], [1], LoudList(), [2]]:
    print(add(lst, 5))
try:
    add((), 1)
except AttributeError as e:
    print('AttributeError:', e)


def pair(seq):
    a, b = seq
    return a, b


for seq in [(1, 2), (3, 4), [5, 6], 'xy', iter([7, 8]), {9: 0, 10: 0}]:
    print(pair(seq))
for bad in [(1,), (1, 2, 3), [1], 'abc', 5]:
    try:
        pair(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


def lst3(seq):
    [a, b, c] = seq
    return c, b, a


for seq in [[1, 2, 3], [4, 5, 6], (7, 8, 9), [1, 2]]:
    try:
        print(lst3(seq))
    except ValueError as e:
        print('ValueError', e)


def counter():
    n = 0

    def inc(k):
        nonlocal n
        n += k
        return n
    return inc


c = counter()
print([c(i) for i in range(6)])


def late():
    def get():
        return x
    try:
        get()
    except NameError as e:
        print('NameError:', e)
    x = 5
    return get()


print(late(), late())


def builds(*args):
    return (), [], tuple(args), (args[0], args[-1]), [args[0], [args[-1]]]


for i in range(3):
    print(builds(i, i + 1, 'z'))


class Init:
    def __init__(self, r):
        self.r = r
        return r


for r in [None, None, None, 5, None]:
    try:
        print(Init(r).r)
    except TypeError as e:
        print('TypeError:', e)


class Sub(Init):
    pass


print(Sub(None).r, type(Sub(None)).__name__)


# Property getters run as frames in the loop; closures' cells are made there.
def make_prop_class(scale):
    class Temp:
        def __init__(self, c):
            self.c = c

        @property
        def f(self):
            return self.c * scale + 32

        @property
        def boom(self):
            return 1 / (self.c - self.c)

        @property
        def gen(self):
            yield self.c

        @property
        def star(*args):
            return len(args)

        @property
        def deep(self):
            return self.deep
    return Temp


Temp = make_prop_class(9 / 5)
t = Temp(100)
print([Temp(c).f for c in range(3)], t.f, t.star, list(t.gen))
for _ in range(3):
    try:
        t.boom
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)
try:
    t.deep
except RecursionError:
    print('RecursionError from a property')
Temp.f = property(lambda self, k=2: self.c * k)
print(t.f)
Temp.f = 5
print(t.f)


def outer(x):
    def inner(y):
        return x + y

    def counter(n):
        total = 0

        def add(k):
            nonlocal total
            total += k
        for i in range(n):
            add(i)
        return total
    return inner, counter


for x in range(3):
    inner, counter = outer(x)
    print(inner(10), counter(5))


def fact(n):
    def rec(k):
        return 1 if k <= 1 else k * rec(k - 1)
    return rec(n)


print(fact(10), fact(20))


# Class calls whose __init__ runs as a frame in the loop.
class Pt:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y

    def __repr__(self):
        return 'Pt(%r, %r)' % (self.x, self.y)


def make(cls, *a):
    return cls(a[0]) if len(a) == 1 else cls(a[0], a[1])


print([make(Pt, i) for i in range(3)], make(Pt, 1, 2))
try:
    make(Pt, 1, 2, 3)
except TypeError as e:
    print('TypeError:', e)


def strict_init(self, x, y=0):
    if x < 0:
        raise ValueError('negative x')
    self.x, self.y = x, -y


Pt.__init__ = strict_init
print(make(Pt, 5), make(Pt, 5, 6))
try:
    make(Pt, -1)
except ValueError as e:
    print('ValueError:', e)


class Meta(type):
    def __call__(cls, *a):
        print('Meta.__call__', a)
        return super().__call__(*a)


class WithMeta(Pt, metaclass=Meta):
    pass


print(make(WithMeta, 7))


class Capture:
    def __init__(self, k):
        self.get = lambda: k


print([make(Capture, i).get() for i in range(3)])


class Fresh:
    def __new__(cls, *a):
        o = super().__new__(cls)
        o.tag = 'new'
        return o

    def __init__(self, v):
        self.v = v


f = make(Fresh, 3)
print(f.tag, f.v, type(make(Fresh, 4)).__name__)


# isinstance answered from the MRO, list item stores, iterators of builtins.
import abc


class Shape(abc.ABC):
    pass


class Sq:
    pass


Shape.register(Sq)


class Fake:
    @property
    def __class__(self):
        return int


def check(x, c):
    return isinstance(x, c)


for x, c in [(1, int), (True, int), (1.5, int), (Sq(), Sq), (Sq(), Shape),
             (Fake(), int), (Fake(), Fake), ('s', (int, str)), (None, object),
             (3, bool), ([], list)]:
    print(type(x).__name__, check(x, c))


def put(lst, i, v):
    lst[i] = v
    return lst


print(put([0, 1, 2], 1, 'a'), put([0, 1, 2], -1, 'b'))
for bad in [5, -4, 'x', 1.0]:
    try:
        put([0, 1, 2], bad, 0)
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)


class Rev(list):
    def __iter__(self):
        return reversed(self)

    def __setitem__(self, i, v):
        print('Rev.__setitem__', i, v)
        super().__setitem__(i, v)


print(put(Rev([1, 2, 3]), 0, 9))


def walk(c):
    return [x for x in c]


for c in [[1, 2], (3,), {'a': 1}, {5}, 'hi', range(3), Rev([7, 8]), b'\x01\x02']:
    print(walk(c))


# Unary minus, `not`, `and`/`or` on unboxed values, then on objects.
class Truthy:
    def __init__(self, b):
        self.b = b

    def __bool__(self):
        print('__bool__', self.b)
        return self.b

    def __neg__(self):
        return 'neg'


def ops(x, y):
    return (-x if isinstance(x, (int, float, Truthy)) else x, not x, x and y, x or y)


for x, y in [(0, 5), (3, None), (None, 2), (True, 0), (False, 'y'), (0.0, 1),
             (-0.0, 2), (-9223372036854775808, 1), (9223372036854775807, 0),
             (2 ** 70, 1), (Truthy(True), 1), (Truthy(False), 2), ('', 'e')]:
    print([r if not isinstance(r, Truthy) else 'a Truthy' for r in ops(x, y)])

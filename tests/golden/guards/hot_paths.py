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

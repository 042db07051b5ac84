# functools: wraps, total_ordering, cmp_to_key, singledispatch,
# cached_property, partialmethod.
import functools
from functools import (wraps, update_wrapper, total_ordering, cmp_to_key,
                       singledispatch, singledispatchmethod, cached_property,
                       partialmethod, WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES)


def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        "inner doc"
        return fn(*a, **k)
    return inner


@deco
def hello(x: int) -> str:
    "hello doc"
    return 'hi %d' % x


print(hello(1), hello.__name__, hello.__doc__, hello.__qualname__)
print(hello.__wrapped__.__name__, hello.__annotations__, hello.__module__)
print(WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES)


def target():
    pass


target.extra = 42


def wrapper():
    pass


update_wrapper(wrapper, target)
print(wrapper.__name__, wrapper.extra, wrapper.__wrapped__ is target)


@total_ordering
class Version:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __lt__(self, o):
        return self.v < o.v


print(Version(1) < Version(2), Version(1) > Version(2), Version(1) <= Version(1),
      Version(3) >= Version(2), Version(2) >= Version(3))
print(Version.__gt__.__name__, sorted(v.v for v in [Version(3), Version(1)]))


@total_ordering
class Ge:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __ge__(self, o):
        return self.v >= o.v


print(Ge(1) < Ge(2), Ge(1) > Ge(2), Ge(1) <= Ge(1), Ge(3) >= Ge(2))
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print('ValueError', e)


def cmp(a, b):
    return (a > b) - (a < b)


print(sorted([3, 1, 2], key=cmp_to_key(cmp)))
print(sorted(['b', 'A', 'c'], key=cmp_to_key(lambda a, b: cmp(a.lower(), b.lower())),
             reverse=True))
K = cmp_to_key(cmp)
print(K(1) < K(2), K(2) == K(2), K(3) >= K(4), K(1) != K(1))


@singledispatch
def show(x):
    return 'object %r' % (x,)


@show.register
def _(x: int):
    return 'int %d' % x


@show.register(list)
def _(x):
    return 'list of %d' % len(x)


def show_str(x):
    return 'str ' + x


print(show.register(str, show_str) is show_str)
print(show(1), show(True), show('a'), show([1, 2]), show(2.5), show(None))
print(show.dispatch(bool).__name__, show.dispatch(float).__name__)
print(sorted(k.__name__ for k in show.registry))
try:
    show()
except TypeError as e:
    print('TypeError', e)
try:
    show.register(3)
except TypeError as e:
    print('TypeError', e)


class Animal:
    pass


class Dog(Animal):
    pass


@singledispatch
def speak(a):
    return 'generic'


@speak.register
def _(a: Animal):
    return 'animal'


print(speak(Dog()), speak(Animal()), speak(3))


class Neg:
    @singledispatchmethod
    def neg(self, arg):
        return 'no'

    @neg.register
    def _(self, arg: int):
        return -arg

    @neg.register
    def _(self, arg: bool):
        return not arg


print(Neg().neg(5), Neg().neg(True), Neg().neg('x'))


class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0

    @cached_property
    def area(self):
        self.computed += 1
        return 3 * self.r ** 2


c = Circle(2)
print(c.area, c.area, c.computed, sorted(c.__dict__))
del c.area
print(c.area, c.computed)
print(type(Circle.area).__name__, Circle.area.attrname)


class Cell:
    def __init__(self):
        self.v = 0

    def set(self, v):
        self.v = v
        return self

    set_one = partialmethod(set, 1)


print(Cell().set_one().v)

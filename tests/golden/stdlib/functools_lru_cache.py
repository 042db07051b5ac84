# functools.lru_cache, cache and CacheInfo.
from functools import lru_cache, cache

calls = []


@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x


print(sq(2), sq(3), sq(2), sq(4), sq(3))
print(calls)
print(sq.cache_info())
sq.cache_clear()
print(sq.cache_info())
print(sq.__wrapped__.__name__, sq.__name__, sq.cache_parameters())


@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())
info = fib.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize)
print(info._fields, type(info).__name__)
print(info == (78, 81, 128, 81))


@cache
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)


print(fact(20), fact.cache_info())


@lru_cache(maxsize=None, typed=True)
def kind(x):
    return type(x).__name__


print(kind(1), kind(1.0), kind(True), kind(1), kind.cache_info())


@lru_cache(maxsize=None)
def untyped(x):
    return type(x).__name__


print(untyped(1), untyped(1.0), untyped.cache_info())


@lru_cache(maxsize=0)
def nocache(x):
    return x


print(nocache(1), nocache(1), nocache.cache_info())


@lru_cache(maxsize=3)
def kw(a, b=0, *, c=0):
    calls.append((a, b, c))
    return a + b + c


calls.clear()
print(kw(1), kw(1, 2), kw(1, b=2), kw(1, c=3), kw(1))
print(calls, kw.cache_info())

try:
    lru_cache('x')
except TypeError as e:
    print('TypeError', e)


@lru_cache(maxsize=-5)
def neg(x):
    return x


print(neg(1), neg(1), neg.cache_info())


class Obj:
    def __init__(self, n):
        self.n = n

    @lru_cache(maxsize=None)
    def double(self):
        return self.n * 2


a = Obj(4)
print(a.double(), a.double(), Obj.double.cache_info())

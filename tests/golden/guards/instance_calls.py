# Guards of CALL_PY_INSTANCE: `o(args)` where o's class defines __call__ in
# Python. Every guard is made to fail at a warmed-up call site; the results
# and errors must stay those of the general call.
import sys


class Counter:
    def __init__(self):
        self.n = 0

    def __call__(self, k):
        self.n += k
        return self.n


class WithDefault:
    def __call__(self, a, b=10, c=100):
        return a + b + c


class Sub(Counter):
    pass


class Other:
    def __call__(self, k):
        return ("other", k)


def call_one(f, x):
    return f(x)


def warm(site, f, arg, times=40):
    r = None
    for _ in range(times):
        r = site(f, arg)
    return r


c = Counter()
print("warm", warm(call_one, c, 2))
print("sub", warm(call_one, Sub(), 3))
print("other", call_one(Other(), 5))
print("func", call_one(abs, -7))
print("lambda", call_one(lambda v: v * 2, 21))


def call_default(f, a):
    return f(a)


w = WithDefault()
print("defaults", warm(call_default, w, 1))
WithDefault.__call__.__defaults__ = (20, 200)
print("defaults replaced", call_default(w, 1))
WithDefault.__call__.__defaults__ = None
try:
    call_default(w, 1)
except TypeError as e:
    print("TypeError", e)


# The class's __call__ replaced, deleted, then a non-function callable.
class Patched:
    def __call__(self, k):
        return k + 1


p = Patched()
print("patched before", warm(call_one, p, 1))
Patched.__call__ = lambda self, k: k * 100
print("patched lambda", call_one(p, 2))
del Patched.__call__
try:
    call_one(p, 3)
except TypeError as e:
    print("TypeError", e)
Patched.__call__ = staticmethod(lambda k: ("static", k))
print("staticmethod", call_one(p, 4))
Patched.__call__ = Counter()
try:
    print("callable instance as __call__", call_one(p, 5))
except TypeError as e:
    print("TypeError", e)


# An instance attribute named __call__ is not consulted.
class Shadow:
    def __call__(self, k):
        return "class", k


s = Shadow()
warm(call_one, s, 0)
s.__call__ = lambda k: "instance"
print("instance attr", call_one(s, 1))


# The method's code replaced with one of another arity, or a generator.
class Coded:
    def __call__(self, k):
        return k


def two(self, a, b):
    return a, b


def gen(self, k):
    yield k
    yield k + 1


k = Coded()
print("coded", warm(call_one, k, 9))
Coded.__call__.__code__ = two.__code__
try:
    call_one(k, 1)
except TypeError as e:
    print("TypeError", e)
Coded.__call__.__code__ = gen.__code__
print("generator", list(call_one(k, 1)))


# __call__ raising, and a traceback through it.
class Raises:
    def __call__(self, k):
        return 1 // k


r = Raises()
print("raises ok", warm(call_one, r, 1))
try:
    call_one(r, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e, e.__traceback__.tb_next.tb_next.tb_frame.f_code.co_name)


# Wrong number of arguments at a warmed site.
def call_two(f, a, b):
    return f(a, b)


try:
    call_two(c, 1, 2)
except TypeError as e:
    print("TypeError", e)


# A metaclass whose __call__ is a Python function: calling the class runs it.
class Meta(type):
    def __call__(cls, v):
        return ("meta", cls.__name__, v)


class M(metaclass=Meta):
    pass


print("meta", warm(call_one, M, 7))


# The frame is a real frame: sys._getframe sees the caller.
class Peek:
    def __call__(self, k):
        return sys._getframe(1).f_code.co_name, k


print("frame", warm(call_one, Peek(), 1))


# Deep recursion through __call__ stays a RecursionError.
class Recur:
    def __call__(self, n):
        return self(n + 1)


try:
    Recur()(0)
except RecursionError as e:
    print("RecursionError", e)


# Closures in __call__ and keyword calls at another site.
class Closure:
    def __call__(self, k):
        def inner():
            return k * 3
        return inner()


print("closure", warm(call_one, Closure(), 4))
print("keywords", c(k=1), WithDefault.__call__(w, 1, 2, 3) if WithDefault.__call__.__defaults__ else None)
print("counter", c.n)

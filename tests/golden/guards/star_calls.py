# CALL_FUNCTION_EX (`f(*args, **kwargs)`): a Python function's frame is
# pushed in the eval loop when the arguments are an exact tuple and an exact
# dict of str keys; everything else takes the general path. Both must give
# CPython's results and errors.
import sys


def target(a, b=2, *rest, c=3, **kw):
    return (a, b, rest, c, sorted(kw.items()))


def wrapper(*args, **kwargs):
    return target(*args, **kwargs)


def two(a, b):
    return a - b


for _ in range(3):
    print(wrapper(1), wrapper(1, 5, 6, 7, c=8, z=9), wrapper(a=4))
print(two(*(9, 4)), two(*[9, 4]), two(**{"b": 1, "a": 5}), two(*(7,), **{"b": 2}))


class T(tuple):
    def __iter__(self):
        return iter((100, 1))


print("tuple subclass", two(*T((5, 6))))


class D(dict):
    def keys(self):
        return ["a", "b"]

    def __getitem__(self, k):
        return {"a": 10, "b": 3}[k]


print("dict subclass", two(**D(a=10, b=3)))


def attempt(f, *args, **kwargs):
    try:
        return f(*args, **kwargs)
    except TypeError as e:
        return f"TypeError: {e}"


print(attempt(lambda: two(*(1, 2, 3))))
print(attempt(lambda: two(*(1,))))
print(attempt(lambda: two(1, **{"a": 2})))
print(attempt(lambda: two(**{"a": 1, "b": 2, "c": 3})))
print(attempt(lambda: two(*(1,), **{1: 2})))
print(attempt(lambda: two(*5)))
print(attempt(lambda: two(**5)))
print(attempt(lambda: target(*(), **{"c": 1})))


def gen(*args, **kwargs):
    yield args
    yield kwargs


print("generator", list(gen(*(1, 2), **{"k": 3})))


def frames(*args):
    return sys._getframe(1).f_code.co_name, args


def caller():
    return frames(*(1, 2))


print("frame", caller())


def deep(n):
    return deep(*(n + 1,))


try:
    deep(0)
except RecursionError as e:
    print("RecursionError", e)


def raises(*args):
    raise ValueError(args)


try:
    wrapper2 = lambda *a: raises(*a)
    wrapper2(1, 2)
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("ValueError", e, names)
print(attempt(lambda: abs(*(-3,))), attempt(lambda: max(*(1, 5), **{"key": lambda v: -v})))

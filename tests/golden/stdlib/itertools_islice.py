# itertools.islice (native): arguments, errors, exhaustion, errors from the
# source, subclasses; expected output from CPython 3.11.
import itertools
from itertools import islice
print(list(islice(range(10), 3)), list(islice(range(10), 2, 8, 2)), list(islice(range(10), None)), list(islice(range(10), 1, None)))
print(list(islice('abcdefg', 2, None, 3)), list(islice([], 5)), list(islice(iter(range(5)), 0)))
print(type(islice([], 1)), islice.__module__, islice.__name__, type(islice([],1)).__qualname__)
class Idx:
    def __index__(self): return 3
print(list(islice(range(10), Idx())))
for args in [(), ([],), ([], 1, 2, 3, 4), ([], -1), ([], 'x'), ([], 1, 'x'), ([], 'x', 2), ([], -2, 3), ([], 0, -2), ([], 0, 5, 0), ([], 0, 5, -1), ([], 0, 5, 'a'), (5, 1), ([], 2**80), ([], None, 2**80, 2**80)]:
    try:
        r = islice(*args)
        print('ok', list(r))
    except Exception as e:
        print(type(e).__name__, e)
try:
    islice([], stop=3)
except TypeError as e:
    print(e)
it = iter(range(10))
s = islice(it, 2, 6)
print(next(s), list(it)[:2], list(s))
def gen():
    yield 1
    raise ValueError('boom')
s = islice(gen(), 5)
print(next(s))
try:
    next(s)
except ValueError as e:
    print('ValueError', e)
print(list(s))
class Sub(islice):
    pass
print(list(Sub(range(20), 5, 15, 4)), type(Sub([], 1)).__name__, isinstance(Sub([], 1), islice))
s = islice(range(100), 0, 100, 30)
print(list(s), list(s))
import sys
print(list(islice(range(10), 0, sys.maxsize, sys.maxsize)))
print(iter(s) is s, hasattr(s, '__next__'))

# Keywords reach a subclass's own __init__; without one they are refused.
class TaggedSlice(islice):
    def __init__(self, *a, tag=None, **kw):
        self.tag = tag


class PlainSlice(islice):
    pass


tagged = TaggedSlice(range(10), 2, 8, 2, tag="t")
print(list(tagged), tagged.tag)
for make in (lambda: PlainSlice(range(10), 3, foo=1), lambda: islice(range(10), 3, foo=1),
             lambda: TaggedSlice(range(3), 1, 2, 3, 4, tag=1)):
    try:
        make()
    except TypeError as e:
        print("TypeError", e)

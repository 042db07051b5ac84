# Argument errors of each native calling convention, worded as CPython 3.11 words them.
import math
five, nothing, one_list = 5, None, [1]
cases = [
    lambda: len(),
    lambda: len([], []),
    lambda: len(obj=[]),
    lambda: [].append(),
    lambda: [].append(1, 2),
    lambda: 'abc'.upper(1),
    lambda: 'abc'.upper(x=1),
    lambda: globals(1),
    lambda: math.sin(),
    lambda: math.sqrt(1, 2),
    lambda: isinstance(1),
    lambda: getattr(1),
    lambda: sorted([], bogus=1),
    lambda: print(bogus=1),
    lambda: divmod(1),
    lambda: {}.get(),
    lambda: [].pop(1, 2),
    lambda: str.join(),
    lambda: str.join(1, []),
    lambda: int.__add__(1),
    lambda: int.__add__('a', 1),
    lambda: five(),
    lambda: nothing(),
    lambda: one_list(),
]
for i, c in enumerate(cases):
    try:
        c()
        print(i, 'no error')
    except TypeError as e:
        print(i, 'TypeError', e)
print(type(len).__name__, type([].append).__name__, type(str.join).__name__)
print(type(object.__init__).__name__, type((1).__add__).__name__, type(dict.fromkeys).__name__)
print(repr(len), repr(str.join), repr(object.__init__))
print(callable(len), callable(1), callable(int), callable(lambda: 0))

# range() of two or three small ints takes a path without big ints; it must
# agree with the general one on lengths near the 64-bit limits, steps of
# every sign, empty ranges and the step-zero error.
import sys

M = sys.maxsize
cases = [
    (0, 10), (10, 0), (-5, 5), (3, 3), (0, 10, 3), (10, 0, -3), (0, 10, -1), (10, 0, 1),
    (-M - 1, M), (-M - 1, M, 1), (-M - 1, M, 2), (M, -M - 1, -1), (M, -M - 1, -2),
    (0, M), (-1, M), (-M - 1, 0), (-M - 1, 1), (M - 3, M), (-M - 1, -M + 2),
    (0, M, M), (M, 0, -M), (-M - 1, M, M), (1, 2, -M - 1), (5, -M - 1, -M - 1),
]
for args in cases:
    r = range(*args)
    try:
        n = len(r)
    except OverflowError as e:
        n = 'OverflowError: %s' % e
    print(args, r, n, r[:3], r[-1:] if r else 'empty', r.count(args[0]), args[0] in r)
for args in [(0, 10, 0), (M, -M, 0), (1, 2, 0)]:
    try:
        range(*args)
    except ValueError as e:
        print('ValueError:', e)
print(list(range(-3, 3)), list(range(7, -7, -4)), sum(range(2, 1000, 7)))
print(range(True, 5), range(1, 5.0) if False else 'float skipped')
try:
    range(1, 5.0)
except TypeError as e:
    print('TypeError:', e)

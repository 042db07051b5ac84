# itertools.count, cycle, repeat: values and reprs.
from itertools import count, cycle, repeat, islice

c = count(5)
print(c, next(c), next(c), c)
print(count(), count(1, 2), count(0.5), count(1, 1.0), count(2, -1), count(start=3, step=2))
print(list(islice(count(1, 0.5), 4)), list(islice(count(10, -3), 4)))
print(list(zip('abc', count())))
try:
    count('a')
except TypeError as e:
    print('TypeError', e)

r = repeat('a', 3)
print(r, list(r), r)
print(repeat(None), repeat(1, -3), repeat([1, 2], 2))
print(repeat('x', 4).__length_hint__())
try:
    repeat(1).__length_hint__()
except TypeError as e:
    print('TypeError', e)
print(list(map(pow, range(5), repeat(2))))
print(list(repeat(7, 0)))

print(list(islice(cycle('abc'), 7)), list(cycle([])))
cy = cycle(iter([1, 2]))
print([next(cy) for _ in range(5)])
print(type(count()).__name__, type(cycle('')).__name__, type(repeat(1)).__name__)
print(iter(c) is c, iter(r) is r)

# Tuples.
t = (1, 'two', 3.0, None, (4, 5))
print(t, len(t), t[1], t[-1][0], t[1:3], t[::-1])
print((), (1,), tuple(), tuple([1, 2]), tuple('ab'), tuple(range(3)))
one = 1,
print(one, type(one).__name__, (1) == 1, (1,) == 1)
a, b, c = (1, 2, 3)
print(a, b, c)
print(t.count(3.0), (1, 1, 2).count(1), t.index('two'), (1, 2, 1).index(1, 1))
try:
    t.index('x')
except ValueError as e:
    print(type(e).__name__, e)
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    t[10]
except IndexError as e:
    print(type(e).__name__, e)
print((1, 2) + (3,), (0,) * 3, (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9, 9))
print((1, [2, 3]) == (1, [2, 3]), (1, 2) == [1, 2], hash((1, 2)) == hash((1, 2)))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))), hash(('a',)) == hash(('a',)))
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
x = (1, [2])
x[1].append(3)
print(x)
print(tuple(sorted((3, 1, 2))), max((1, 5, 3)), sum((1, 2, 3)), 2 in (1, 2), 5 not in (1, 2))
nested = ((1, 2), (3, 4), (5, 6))
print([a + b for a, b in nested], dict(nested))
print(repr(('a',)), str((1, 'a')), repr(((),)))
try:
    (1, 2) + [3]
except TypeError as e:
    print(type(e).__name__, e)

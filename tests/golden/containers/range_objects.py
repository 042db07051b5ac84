# range objects.
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[2:4], r[::-1], list(r[::-1]), r[1::2])
print(range(5), range(0, 5), range(0, 5, 1), range(5, 0, -1), list(range(5, 0, -1)))
print(list(range(0)), list(range(-3)), list(range(1, 10, 4)), list(range(10, 1, -4)), len(range(0, 10, 20)))
print(5 in r, 6 in r, 8 in r, 20 in r, 2.0 in range(3), 'a' in range(3))
print(r.index(8), r.count(8), r.count(9), r.start, r.stop, r.step)
try:
    r.index(9)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    r[100]
except IndexError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 5), range(3) == [0, 1, 2])
print(range(10 ** 20)[-1], 10 ** 19 in range(10 ** 20), range(10 ** 20)[10 ** 19:][:3])
print(sum(range(101)), max(range(7)), min(range(3, 9)), sorted(range(5), reverse=True))
print(list(reversed(range(4))), list(enumerate(range(3, 6))), list(zip(range(3), range(10, 13))))
print(hash(range(3)) == hash(range(0, 3)), bool(range(0)), bool(range(1)))
print(range(-5, 5, 3)[1], list(range(-5, 5, 3)), range(-10, -1)[-2])

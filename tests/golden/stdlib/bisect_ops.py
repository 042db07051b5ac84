# bisect: bisect_left/right, insort_left/right with lo, hi and key.
import bisect
from bisect import *
a = [1, 2, 2, 2, 3, 5, 8]
print([bisect_left(a, x) for x in range(10)], [bisect_right(a, x) for x in range(10)], bisect(a, 2), bisect is bisect_right)
print(bisect_left(a, 2, 2), bisect_right(a, 2, 0, 3), bisect_left(a, 9, hi=3), bisect_right(a, 0, lo=4), bisect_left(a, 2, hi=-1), bisect_left(a, 2, 0, -3))
recs = [('a', 1), ('b', 3), ('c', 3), ('d', 7)]
print(bisect_left(recs, 3, key=lambda r: r[1]), bisect_right(recs, 3, key=lambda r: r[1]), bisect(recs, 0, key=lambda r: r[1]))
l = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]: insort(l, x)
print(l); insort_left(l, 4); insort_right(l, 4.0); print(l)
l2 = [('x', 1), ('y', 5)]; insort(l2, ('z', 3), key=lambda r: r[1]); insort_left(l2, ('w', 5), key=lambda r: r[1]); print(l2)
try: bisect_left(a, 1, -1)
except ValueError as e: print(e)
try: bisect_left(a, 1, 'x')
except TypeError as e: print(e)
grades = 'FDCBA'
print([grades[bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
print(bisect_left('acegi', 'd'), bisect_right((1, 2, 3), 2))

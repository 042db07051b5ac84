# heapq: push/pop/heapify/replace/pushpop, nsmallest/nlargest (tie order), merge.
import heapq
from heapq import *
h = []
for x in [5, 3, 8, 1, 9, 2, 7, 1, 5]: heappush(h, x)
print(h, [heappop(h) for _ in range(4)], h)
l = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 5, 5]; heapify(l); print(l)
print(heapreplace(l, 10), l, heappushpop(l, -1), heappushpop(l, 4), l)
pairs = [(3, 'a'), (1, 'b'), (3, 'c'), (1, 'd'), (2, 'e')]
h = []
for p in pairs: heappush(h, p)
print(h, [heappop(h) for _ in range(len(h))])
data = [(i * 7) % 13 for i in range(30)]
print(nsmallest(5, data), nlargest(5, data), nsmallest(1, data), nlargest(1, []), nsmallest(0, data), nlargest(100, data)[:3])
words = ['bb', 'a', 'ccc', 'dd', 'e', 'fff', 'g']
print(nsmallest(3, words, key=len), nlargest(3, words, key=len), nlargest(2, iter(words), key=len), nsmallest(4, iter(words), key=len))
print(list(merge([1, 3, 5], [2, 4, 6], [0, 7])), list(merge([5, 3, 1], [4, 2], reverse=True)), list(merge()), list(merge([], [1])))
print(list(merge(['a', 'ccc'], ['bb', 'dddd'], key=len)), list(merge([(1, 'x')], [(1, 'a')])))
print(list(merge(['bb', 'a'], ['c'], key=len, reverse=True)))
for f in [lambda: heappop([]), lambda: heapreplace([], 1), lambda: heappush((), 1), lambda: heapify(None)]:
    try: f()
    except (IndexError, TypeError) as e: print(type(e).__name__, e)

vals = [(i * 37) % 101 for i in range(200)]
h = []
for v in vals: heappush(h, v)
print(h[:20], [heappop(h) for _ in range(10)])
h2 = list(vals); heapify(h2); print(h2[:20])
print(nsmallest(7, vals, key=lambda v: v % 10), nlargest(7, vals, key=lambda v: v % 10))
print(heapq.__all__)

# set operations (small ints only, printed in iteration order; strings are sorted).
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [7]), a.intersection([2, 3, 9]), a.difference({1}, {2}), a.symmetric_difference([4, 8]))
print(a <= b, {1, 2} <= a, {1, 2} < a, a < a, a >= {1}, a > a, a.issubset(range(10)), a.issuperset([1, 2]))
print(a.isdisjoint({9}), a.isdisjoint(b), a == {4, 3, 2, 1}, a != b)
s = set()
s.add(3)
s.add(1)
s.add(3)
print(s, len(s))
s.update([5, 2], (9,))
print(s)
s.discard(9)
s.discard(100)
s.remove(5)
print(s)
try:
    s.remove(100)
except KeyError as e:
    print(type(e).__name__, e)
print(s.pop() in {1, 2, 3}, len(s))
s.clear()
try:
    s.pop()
except KeyError as e:
    print(type(e).__name__, e)
c = {1, 2, 3, 4, 5}
c &= {2, 3, 4, 10}
print(c)
c |= {0}
print(c)
c -= {2}
print(c)
c ^= {3, 7}
print(c)
c.intersection_update([0, 4, 7, 8])
print(c)
c.difference_update({0})
print(c)
c.symmetric_difference_update({1, 4})
print(c)
words = {'pear', 'apple', 'fig', 'apple'}
print(sorted(words), len(words), 'fig' in words, 'kiwi' not in words)
print(set('mississippi') == {'m', 'i', 's', 'p'}, sorted(set('mississippi')))
print(set(), set([3, 3, 1]), {(1, 2), (1, 2)}, len({1, 1.0, True}))
try:
    {[1, 2]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    a + b
except TypeError as e:
    print(type(e).__name__, e)
try:
    a | [1]
except TypeError as e:
    print(type(e).__name__, e)
print(repr(set()), repr({5}), sorted({-3, 10, 2, -7}))

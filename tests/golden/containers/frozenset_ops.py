# frozenset: immutable, hashable sets.
f = frozenset([3, 1, 2])
g = frozenset({2, 3, 4})
print(f, g, f | g, f & g, f - g, f ^ g)
print(type(f | {9}).__name__, type({9} | f).__name__, type(f.union([1])).__name__)
print(frozenset(), repr(frozenset()), frozenset('aab') == frozenset({'a', 'b'}))
print(f == {1, 2, 3}, {1, 2, 3} == f, hash(f) == hash(frozenset({1, 2, 3})))
d = {f: 'set of three', frozenset(): 'empty'}
print(d[frozenset({1, 2, 3})], d[frozenset()])
s = {f, frozenset([1, 2, 3]), g}
print(len(s))
print(f.issubset({1, 2, 3, 4}), f.isdisjoint(g), f.copy() == f)
try:
    f.add(5)
except AttributeError as e:
    print(type(e).__name__, e)
nested = frozenset([frozenset([1]), frozenset([1, 2])])
print(sorted(len(x) for x in nested), frozenset([1]) in nested)
print(sorted(frozenset('hello')), len(frozenset(range(100))))

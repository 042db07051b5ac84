# Unpacking in assignments and literals.
a, b = 1, 2
a, b = b, a
print(a, b)
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = 'abc'
print(init, tail)
head, *rest = [1]
print(head, rest)
(x, y), z = (1, 2), 3
print(x, y, z)
[p, (q, *r)] = [0, 'xyz']
print(p, q, r)
for i, (k, v) in enumerate({'a': 1, 'b': 2}.items()):
    print(i, k, v)
for first, *others in [(1, 2, 3), (4,), 'hi']:
    print(first, others)
print([*range(3), *'ab', *[None]], (*'xy',), {*[1, 2], *(2, 3)})
print({**{'a': 1}, 'b': 2, **dict(c=3)}, [*{'k1': 0, 'k2': 0}])
print(*[1, 2], *(3,), sep=',')
m = n = o = []
m.append(1)
print(n, o, m is o)
s = 'ab'
c1, c2 = s
print(c1, c2)
for bad, target in (([1, 2, 3], 2), ([1], 2), ('abcd', 3)):
    try:
        if target == 2:
            u, w = bad
        else:
            u, w, t = bad
    except ValueError as e:
        print(type(e).__name__, e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = 5
except TypeError as e:
    print(type(e).__name__, e)
d = {}
d['x'], d['y'] = 'XY'
print(d)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 'set'
print(i, lst)
class NS:
    pass
ns = NS()
ns.a, ns.b = 1, 2
print(ns.a, ns.b)

# dict creation, access, mutation.
d = {'a': 1, 'b': 2}
d['c'] = 3
d['a'] = 10
print(d, len(d), d['b'], 'a' in d, 'z' in d, 1 in d)
print(dict(), dict(x=1, y=2), dict([('k', 'v'), ('k2', 'v2')]), dict({'m': 1}, n=2), dict(zip('ab', [1, 2])))
print(d.get('a'), d.get('z'), d.get('z', 'default'))
del d['b']
print(d)
try:
    d['missing']
except KeyError as e:
    print(type(e).__name__, e, e.args)
try:
    del d['missing']
except KeyError as e:
    print(type(e).__name__, e)
try:
    d[[1]] = 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    {}[(1, [2])]
except TypeError as e:
    print(type(e).__name__, e)
mixed = {1: 'int', 2.5: 'float', (1, 2): 'tuple', None: 'none', True: 'bool?', 'x': 'str', frozenset([1]): 'fs'}
print(mixed)
print(mixed[1], mixed[1.0], mixed[(1, 2)], mixed[None], mixed[frozenset({1})])
print({}, {1: {2: {3: 4}}}, {'a': [1, 2], 'b': (3,)})
print({'a': 1} == {'a': 1}, {'a': 1, 'b': 2} == {'b': 2, 'a': 1}, {'a': 1} != {'a': 1.0})
try:
    {'a': 1} < {'b': 2}
except TypeError as e:
    print(type(e).__name__, e)
counts = {}
for w in 'the cat and the hat and the bat'.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(max(counts, key=counts.get), sorted(counts, key=lambda k: (-counts[k], k)))
inv = {v: k for k, v in {'one': 1, 'two': 2}.items()}
print(inv, list(d), bool({}), bool({0: 0}))
print({'z': 1, 'a': 2}, dict(sorted({'z': 1, 'a': 2}.items())))

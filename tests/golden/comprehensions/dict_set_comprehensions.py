# Dict and set comprehensions.
print({x: x ** 2 for x in range(6)})
print({k: v for k, v in zip('abc', range(3))})
print({v: k for k, v in {'a': 1, 'b': 2, 'c': 1}.items()})
print({w: len(w) for w in 'one two three four'.split() if len(w) > 3})
print({x % 5 for x in range(20)}, {c for c in 'mississippi'} == set('misp'))
print(sorted({w.lower() for w in ['Apple', 'apple', 'APPLE', 'Banana']}))
print({(x, y) for x in range(2) for y in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
grades = {'ann': 91, 'bob': 78, 'cid': 85, 'dee': 62}
print({name: ('pass' if g >= 70 else 'fail') for name, g in grades.items()})
print({name: g for name, g in sorted(grades.items(), key=lambda kv: -kv[1])})
print({i: [j for j in range(i)] for i in range(4)})
print({k: {kk: kk * k for kk in range(2)} for k in range(1, 3)})
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry']
print({w[0]: [x for x in words if x[0] == w[0]] for w in words})
print({x: 'even' if x % 2 == 0 else 'odd' for x in range(5)})
d = {'a': 1, 'b': 2}
print({**d, **{k.upper(): v * 10 for k, v in d.items()}})
print(len({x for x in range(100) if x % 7 == 0}), frozenset(x for x in range(3)))
print({x: y for x, y in [(1, 'a'), (1, 'b'), (2, 'c')]})

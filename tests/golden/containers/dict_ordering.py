# Insertion order is preserved, even with deletions and re-insertions.
d = {}
for ch in 'zyxwvu':
    d[ch] = ord(ch)
print(list(d))
del d['x']
d['x'] = 0
print(list(d))
d['z'] = 'updated'
print(d)
d.pop('y')
d['y'] = 'back'
print(d)
n = {}
for i in [5, 3, 100, -1, 2, 0, 64]:
    n[i] = i * i
print(n, list(n.keys()))
for i in range(1000):
    n[i + 1000] = i
for i in range(1000):
    del n[i + 1000]
print(n)
m = dict.fromkeys([3, 1, 2], 'v')
m.update({0: 'new', 1: 'changed'})
print(m)
print({**{'a': 1, 'b': 2}, **{'b': 3, 'c': 4}}, {'a': 1} | {'a': 2, 'b': 3})
print(dict(b=1, a=2), {k: None for k in 'dcba'})
o = {'first': 1}
o.setdefault('second', 2)
o.setdefault('first', 100)
print(o, o.popitem(), o)
big = {i: str(i) for i in range(20)}
for i in range(0, 20, 3):
    del big[i]
big[0] = 'zero again'
print(list(big.items())[:5], list(big)[-3:])

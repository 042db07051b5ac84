# update, setdefault, pop, popitem, fromkeys, copy, clear and merge operators.
d = {'a': 1}
d.update({'b': 2})
d.update([('c', 3)], d=4)
d.update(e=5)
print(d)
print(d.setdefault('a', 99), d.setdefault('f'), d.setdefault('g', []), d)
d['g'].append('x')
print(d['g'])
print(d.pop('a'), d.pop('zz', 'dflt'), d)
try:
    d.pop('zz')
except KeyError as e:
    print(type(e).__name__, e)
print(d.popitem(), d.popitem(), d)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
print(dict.fromkeys(['x', 'y']), dict.fromkeys('ab', 0), dict.fromkeys(range(3), []))
shared = dict.fromkeys('pq', [])
shared['p'].append(1)
print(shared)
c = d.copy()
c['new'] = 1
print(d, c)
c.clear()
print(c)
x = {'a': 1, 'b': 2}
y = {'b': 20, 'c': 30}
print(x | y, y | x)
x |= y
print(x)
x |= [('z', 26)]
print(x)
try:
    x | [('q', 1)]
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.update(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    dict([1])
except TypeError as e:
    print(type(e).__name__, e)
nested = {'cfg': {'depth': 1}}
shallow = nested.copy()
shallow['cfg']['depth'] = 2
print(nested)
print(d.get('b', 0) + 1, len({}), {1: 1}.__len__(), {1: 'v'}.__getitem__(1), {1: 2}.__contains__(1))

# keys(), values(), items() views.
d = {'x': 1, 'y': 2, 'z': 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
print(list(k), list(v), list(it), len(k), len(v), len(it))
d['w'] = 4
print(k, v, it)
del d['x']
print(list(k), list(v), list(it))
print('y' in k, 2 in v, ('y', 2) in it, ('y', 3) in it, 'q' in k)
print(sorted(k & {'y', 'q'}), sorted(k | {'q'}), sorted(k - {'y'}), sorted(k ^ {'y', 'q'}))
print(sorted(it & {('y', 2), ('z', 0)}), k == {'y', 'z', 'w'}, k == ['y', 'z', 'w'])
print(k.isdisjoint(['a', 'b']), k.isdisjoint(['y']))
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
for key, value in d.items():
    print(key, '->', value)
try:
    for key in d:
        d[key + '!'] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
e = {'a': 1}
try:
    for key in e:
        del e[key]
except RuntimeError as ex:
    print(type(ex).__name__, ex)
print(e)
print(type(k).__name__, type(v).__name__, type(it).__name__)
print(list(dict.fromkeys('abca')), list({}.keys()), {1: 2}.values() == {1: 2}.values())
ks = {'b': 1, 'a': 2}.keys()
print(sorted(ks), list(map(str.upper, ks)))

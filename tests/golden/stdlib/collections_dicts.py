# collections.defaultdict, OrderedDict and ChainMap.
from collections import defaultdict, OrderedDict, ChainMap

dd = defaultdict(list)
dd['a'].append(1)
dd['b']
print(dd, dd.default_factory, dict(dd), 'c' in dd)
dd2 = defaultdict(int, {'x': 1}, y=2)
dd2['z'] += 5
print(dd2, dd2.copy(), type(dd2.copy()).__name__)
print(defaultdict(), repr(defaultdict(None, a=1)))
try:
    defaultdict(None)['k']
except KeyError as e:
    print('KeyError', e)
try:
    defaultdict(5)
except TypeError as e:
    print('TypeError', e)
print(dd2.get('nope'), 'nope' in dd2, dd2 | {'q': 1}, isinstance(dd2, dict))
groups = defaultdict(set)
for word in ['apple', 'avocado', 'banana', 'apple']:
    groups[word[0]].add(word)
print(sorted((k, sorted(v)) for k, v in groups.items()))
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 1
print(nested['x']['y'], len(nested))
dd3 = defaultdict(list)
dd3.default_factory = tuple
print(dd3['k'], dd3)

od = OrderedDict()
od['a'] = 1
od['b'] = 2
od['c'] = 3
print(od, list(od), od.keys(), od.values(), od.items())
od.move_to_end('a')
print(od)
od.move_to_end('c', last=False)
print(od)
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
print(OrderedDict(), OrderedDict.fromkeys('ab'), OrderedDict([('x', 1), ('y', 2)]))
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
try:
    od.move_to_end('zz')
except KeyError as e:
    print('KeyError', e)
od = OrderedDict([('x', 1)])
od2 = od.copy()
od2['y'] = 2
print(od, od2, od | {'z': 3}, list(reversed(od2)), list(reversed(od2.items())))
od3 = OrderedDict()
od3['self'] = od3
print(od3)
print(od2.pop('x'), od2.setdefault('w', 9), od2, od2.pop('q', 'missing'))
print(isinstance(od, dict), od2.get('w'), len(od2), 'w' in od2.keys(), ('w', 9) in od2.items())

cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm, cm['a'], cm['b'], len(cm), sorted(cm), 'b' in cm, cm.get('z', 0))
cm['c'] = 5
print(cm.maps)
ch = cm.new_child({'a': 0})
print(ch, ch['a'], ch.parents)
print(cm.new_child(), ChainMap())
try:
    del cm['b']
except KeyError as e:
    print('KeyError', e)
try:
    cm['missing']
except KeyError as e:
    print('KeyError', e)
print(list(ChainMap({'x': 1}, {'y': 2, 'x': 3}).items()), dict(cm))
del cm['c']
print(cm, cm.pop('a'), cm)
defaults = {'color': 'red', 'user': 'guest'}
args = {'user': 'admin'}
settings = ChainMap(args, defaults)
print(settings['user'], settings['color'], bool(ChainMap({})), ChainMap({}, {'k': 1}) == {'k': 1})

"""json.dumps: separators, indent, sort_keys, ensure_ascii, default, skipkeys, allow_nan, cls, subclasses."""
import json
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: json.dumps(float('nan'), allow_nan=False))
t(lambda: json.dumps([float('inf')], allow_nan=False))
t(lambda: json.dumps({1.5: 1, True: 2, None: 3, 7: 4, 'x': 5, float('nan'): 6, -2: 0}))
t(lambda: json.dumps({(1,2): 3}))
t(lambda: json.dumps({(1,2): 3, 'a': 1}, skipkeys=True))
t(lambda: json.dumps(set()))
t(lambda: json.dumps({'a': [1, 2, {'b': None}], 'c': 'd', 'e': {}, 'f': []}, indent=2))
t(lambda: json.dumps({'a': [1, 2, {'b': None}], 'c': 'd', 'e': {}, 'f': []}, indent='\t'))
t(lambda: json.dumps({'a': [1, 2]}, indent=0))
t(lambda: json.dumps({'a': [1, 2]}, indent=-1))
t(lambda: json.dumps({'a': [1, 2]}, separators=(',', ':')))
t(lambda: json.dumps({'b': 1, 'a': 2, 'c': {'z': 1, 'y': 2}}, sort_keys=True))
t(lambda: json.dumps({'b': 1, 2: 2}, sort_keys=True))
t(lambda: json.dumps('héllo €𝄞 \x00\x1f\x7f "q" \\ \n\t\b\f\r'))
t(lambda: json.dumps('héllo €𝄞 \x00\x1f\x7f "q" \\ \n\t\b\f\r', ensure_ascii=False))
a = []; a.append(a)
t(lambda: json.dumps(a))
d = {}; d['x'] = d
t(lambda: json.dumps(d))
t(lambda: json.dumps(object()))
t(lambda: json.dumps(object(), default=lambda o: 'OBJ'))
t(lambda: json.dumps([1.0, 1e100, 1e-7, 0.1, -0.0, 10**20, True, False, None, 3.14]))
t(lambda: json.dumps((1, (2, 3))))
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set): return sorted(o)
        return super().default(o)
t(lambda: json.dumps({'s': {3, 1, 2}}, cls=E))
t(lambda: json.dumps(object(), cls=E))
t(lambda: E(indent=1).encode([1]))
t(lambda: ''.join(json.JSONEncoder().iterencode({'a': 1})))
import enum
class C(enum.IntEnum):
    A = 1
t(lambda: json.dumps([C.A, {C.A: 2}]))
class F(float): pass
class I(int):
    def __repr__(self): return 'I!'
class S(str): pass
t(lambda: json.dumps([F(1.5), I(3), S('x'), {S('k'): 1, I(5): 2}]))
t(lambda: json.dumps([]))
t(lambda: json.dumps({}, indent=4))
t(lambda: json.dumps([[]], indent=4))
t(lambda: json.dumps("x", indent=4))
t(lambda: json.dumps({'a': 1}, separators=(',', ':'), indent=2))
t(lambda: json.dumps(1, indent=None, separators=None, default=None))
t(lambda: json.loads('{"a": 1.5, "b": 2, "c": [1]}', parse_float=str, parse_int=lambda x: int(x) * 10))
t(lambda: json.loads('{"a": 1, "b": {"c": 2}}', object_hook=lambda d: sorted(d.items())))
t(lambda: json.loads('{"a": 1, "b": 2, "a": 3}', object_pairs_hook=list))
t(lambda: json.loads('[NaN, Infinity]', parse_constant=lambda c: 'C:' + c))
t(lambda: json.JSONDecoder().raw_decode('[1, 2] tail'))
t(lambda: json.JSONDecoder().decode('  {"x": [1]}  '))
t(lambda: json.dumps({'a': 1}, ensure_ascii=False, indent=1, sort_keys=True, separators=(', ', ' = ')))
t(lambda: json.dumps(float('nan')))
t(lambda: json.dumps([float('inf'), float('-inf')]))

"""json: non-ASCII documents, raw_decode, subclasses, indent with empty containers, default/circular, dump/load."""
import json
from collections import OrderedDict
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: json.loads('{"é": "ü", "k": [1, 2, x]}'))
t(lambda: json.loads('["ab€", "\\u20ac\\ud83d\\ude00", 12345678901234567890123, -0, 1.0e2, 1E-2]'))
t(lambda: json.loads('{"a": 1}', object_pairs_hook=OrderedDict))
t(lambda: json.loads('[1, 2]   \n'))
t(lambda: json.JSONDecoder().raw_decode('  [1]'))
t(lambda: json.JSONDecoder().raw_decode('x[1, 2] y', 1))
t(lambda: json.JSONDecoder().raw_decode('€[1, 2] y', 1))
t(lambda: json.loads('€'))
t(lambda: json.loads('"€\x01"'))
class D(dict): pass
class L(list): pass
t(lambda: json.dumps(D(a=L([1, (2, 3)]))))
t(lambda: json.dumps({'a': {}, 'b': [], 'c': [{}], 'd': {'e': []}}, indent=3))
o = object()
t(lambda: json.dumps(o, default=lambda x: x))
t(lambda: json.dumps([o], default=lambda x: [x]))
t(lambda: json.dumps([o], default=lambda x: 'repl', check_circular=False))
t(lambda: json.dumps({(1,): 1, 'b': 2}, sort_keys=True, skipkeys=True))
t(lambda: json.dumps(10**30))
t(lambda: json.dumps([1e16, 1.5e-10, 123456789.123456789, float('1e308') * 10, 2.0 ** 0.5], allow_nan=True))
nested = []
cur = nested
for i in range(100):
    cur.append([]); cur = cur[0]
print(len(json.dumps(nested)), json.loads(json.dumps(nested)) == nested)
t(lambda: json.loads('[' * 100 + ']' * 100) is not None)
t(lambda: json.dumps(OrderedDict([('z', 1), ('a', 2)])))
t(lambda: json.dumps({'a': 1, 'b': [1, 2]}, separators=(',', ':'), sort_keys=True))
t(lambda: json.loads('{"a": NaN}')['a'] != json.loads('{"a": NaN}')['a'])
t(lambda: json.loads(' {} ', object_hook=lambda d: 'hooked'))
t(lambda: json.loads('[1.5]', parse_float=lambda s: 'F' + s))
import io
buf = io.StringIO()
json.dump({'x': [1, 2]}, buf, indent=1)
print(repr(buf.getvalue()))
buf.seek(0)
print(json.load(buf))

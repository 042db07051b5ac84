"""json.loads: values, errors with positions, hooks, bytes input."""
import json
cases = ['', ' ', '{', '{"a"', '{"a":', '{"a":1', '{"a":1,', '{"a":1,}', '{a:1}', '[', '[1', '[1,', '[1,]', '[1 2]', '{"a" 1}', '{"a":1 "b":2}',
 '"abc', '"a\\', '"\\x"', '"\\u12"', '"\\u12G4"', '"a\x01b"', '"a\nb"', 'tru', 'nul', 'NaN', '-Infinity', 'Infinity', '-', '-a', '01', '1.', '1.e5', '1e', '1e+', '.5', '1 2', '[] x', '\ufeff[]',
 '{"a":1}\n\n  x', '[\n1,\n2\n,]', '"\\ud834\\udd1e"', ' [1, {"a": [true, false, null]}] ', '-0', '-0.0', '1E400', '123456789012345678901234567890', '[1.5e3, 2E-2, -3]', '"\\/\\b\\f\\n\\r\\t\\"\\\\"',
 '{"a":1,"a":2}', '[1,\n  2,\n  x]']
for c in cases:
    try:
        r = json.loads(c)
        print(repr(c), '->', repr(r))
    except json.JSONDecodeError as e:
        print(repr(c), 'ERR', e, '|', e.msg, e.pos, e.lineno, e.colno)
for bad in [1, None, [1]]:
    try: json.loads(bad)
    except TypeError as e: print(e)
print(json.loads(b'[1, "\xc3\xa9"]'), json.loads(bytearray(b'{}')))
print(json.loads('"a\x01b"', strict=False))

# float() parsing.
good = ['1', '1.5', '-2.25', '  3.0\n', '1e3', '1E-3', '+.5', '5.', 'inf', '-Infinity', 'NaN',
        'nan', 'INF', '1_000.5', '0x', '1e', '1.2.3', '', ' ', '--1', '1_', 'infinit', '0.0000001',
        '123456789012345678901234567890', '1e-400', '1e400', '-0', '00012.50']
for s in good:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
print(float(), float(5), float(True), float(-0), float(2 ** 60))
try:
    float([1.0])
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(None)
except TypeError as e:
    print(type(e).__name__, e)
class F:
    def __float__(self):
        return 2.5
print(float(F()))
class I:
    def __index__(self):
        return 4
print(float(I()))
print(float(b'1.25') if False else 'bytes skipped', float(' 7 '))

# int() parsing with bases.
print(int('42'), int('-42'), int('  +7  '), int('0'), int('-0'))
print(int('1_000_000'), int('\t12\n'))
print(int('ff', 16), int('FF', 16), int('0xff', 16), int('0xff', 0))
print(int('777', 8), int('0o777', 0), int('101', 2), int('0b101', 0))
print(int('z', 36), int('ZZ', 36), int('10', 36), int('hello', 36))
print(int('0', 0), int('00', 0), int('1_0', 0))
print(int('12345678901234567890123456789'))
print(int('-' + '9' * 40))
print(int(3.99), int(-3.99), int(True), int(1e10))
print(int(), int('10', base=3))
bad = [('abc', 10), ('', 10), ('1.5', 10), ('12', 2), ('0x', 16), ('1__0', 10), ('_1', 10),
       ('08', 0), ('9', 8), (' ', 10), ('0b2', 0), ('1 2', 10)]
for s, base in bad:
    try:
        int(s, base)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int('10', 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int('10', 37)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(10, 10)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
for x in (float('inf'), float('nan')):
    try:
        int(x)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)

# Other float methods and conversions.
for v in (0.5, 2.0, -1.25, 1e-5, 3.141592653589793, 1e300):
    print(v.hex(), float.fromhex(v.hex()) == v, v.as_integer_ratio())
print(float.fromhex('0x1p-1074'), float.fromhex('-0x1.fffffffffffffp+1023'))
print(float.fromhex('0xA'), float.fromhex('  0x1.0p+3 '))
print(int(2.5), int(-2.5), int(1e15 + 0.5))
print((7.25).__floor__() if hasattr(7.25, '__floor__') else 7, (7.25).__trunc__(), (-7.25).__trunc__())
print((0.1).__round__(), (1.6).__round__(), (2.675).__round__(2))
print(float(7) / 2, 7 / float(2), float('3') * 2)
print(str(1e-5), str(0.00001), str(1e-4), str(123456789012.0), str(1.23e-10))
print(repr(1e16), repr(9999999999999998.0), repr(0.30000000000000004))
print(1.0.__eq__(1), (1.0).__lt__(2), (1.0).__add__(1), (1.0).__add__('x'))

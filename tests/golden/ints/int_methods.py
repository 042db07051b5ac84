# Methods and attributes of int.
n = 1000
print(n.bit_length(), (-n).bit_length(), (0).bit_length())
print(n.to_bytes(2, 'big'), n.to_bytes(4, 'little'), (-1).to_bytes(2, 'big', signed=True))
print(int.from_bytes(b'\x03\xe8', 'big'), int.from_bytes(b'\xe8\x03', 'little'))
print(int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes(b'', 'big'))
print((255).as_integer_ratio(), n.numerator, n.denominator, n.real, n.imag)
print(n.conjugate(), (-5).__abs__(), (7).__neg__())
try:
    (1000).to_bytes(1, 'big')
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (-1).to_bytes(1, 'big')
except OverflowError as e:
    print(type(e).__name__, e)
print(int.__name__, type(n) is int, isinstance(True, int))
print((12).__add__(3), (12).__radd__(3), (12).__sub__(3), (12).__rsub__(3))
print((5).__truediv__(2), (5).__floordiv__(2), (5).__mod__(3), (5).__pow__(2))
print((5).__add__(1.5), (5).__lt__(6), (5).__eq__('5'))
print(int(12).__index__(), (3).__round__(), (1234).__round__(-2), round(1250, -2), round(1350, -2))
print(round(-1250, -2), round(15, -1), round(25, -1), round(123456, -10))
print(abs(-0), abs(-(2 ** 100)), -(-5))

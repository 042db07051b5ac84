# Bitwise operators on small, big and negative ints.
vals = [0, 1, 5, 12, -1, -6, 255, 2 ** 70, -(2 ** 70) + 3]
for a in vals[:5]:
    for b in vals[:5]:
        print(a, b, a & b, a | b, a ^ b)
for v in vals:
    print(v, ~v, v << 3, v >> 2, v.bit_length())
print(1 << 0, 1 << 64, -1 << 64, 5 >> 10, -5 >> 10, -5 >> 1)
print((2 ** 100 - 1) & 0xFF, (2 ** 100) | 1, (2 ** 100) ^ (2 ** 100 + 5))
print(-(2 ** 100) & 0xFFFF, -(2 ** 100) | 7, ~(2 ** 100))
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -1
except ValueError as e:
    print(type(e).__name__, e)
print((255).bit_count(), (-7).bit_count())
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 1).__name__)
print(0b1010 & 0b0110, bin(0b1010 | 0b0110), bin(0b1010 ^ 0b0110))

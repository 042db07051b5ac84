# Converting between int and float with large values.
for v in (1e15, 1e16, 1e17, 1.5e18, 2.0 ** 70, -2.0 ** 63, 123456789.987654321):
    print(v, int(v), float(int(v)) == v)
print(int(0.1 * 3 * 10), int(0.7 * 10), int(2.9999999999999996), int(-0.5))
print(2 ** 53, float(2 ** 53), float(2 ** 53 + 1), float(2 ** 53 + 2), float(2 ** 53 + 3))
print(float(10 ** 22), float(10 ** 23), float(123456789012345678901234567890))
print(int(float(10 ** 23)), 10 ** 23 - int(float(10 ** 23)))
print(float(-(2 ** 63) + 1), float(2 ** 64 - 1))
print(7 * 1.0, 7 + 0.0, 2 ** 0.0, True + 0.5, False * 2.5)
print((1 << 62) * 1.0, (1 << 62) + 0.5)
print(round(2 ** 70 / 3), 2 ** 70 // 3)
print(1 / 2 ** 1074 if False else 2 ** -1074, 2.0 ** -1075)

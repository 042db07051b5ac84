# Floor division and modulo follow the sign of the divisor.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (6, 3), (-6, 3), (1, 10), (-1, 10)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), (a // b) * b + a % b == a)
big = 10 ** 30 + 7
for b in (3, -3, 10 ** 15, -(10 ** 15)):
    print(b, big // b, big % b, -big // b, -big % b)
print(divmod(-(2 ** 100), 7), divmod(2 ** 100, -7))
print(-1 // 2 ** 70, 1 // -(2 ** 70), -1 % 2 ** 70)
print(7.0 // 2, -7.0 // 2, 7 // -2.0, -7.5 % 2, 7.5 % -2)
print(divmod(7.5, 2), divmod(-7.5, 2))
print(True // 1, True % 2, 5 // True)

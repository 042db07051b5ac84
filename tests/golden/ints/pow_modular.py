# pow with modulus, negative exponents and big results.
print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(-2, -3))
print(pow(2, 100, 1000), pow(3, 200, 10 ** 9 + 7), pow(7, 0, 5), pow(7, 1, 1))
print(pow(-3, 3, 7), pow(3, 3, -7), pow(-3, 3, -7))
print(pow(3, -1, 7), pow(2, -1, 101), pow(10, -2, 13), pow(38, -1, 97))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(2 ** 0, 0 ** 0, 0 ** 5, 1 ** -5, (-1) ** 101)
print(10 ** -3, 2 ** -10, (-8) ** -1)
print(2 ** 0.5, 4 ** 0.5, 8 ** (1/3))
print((-8) ** (1/3))
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(pow(12345678901234567890, 3, 98765432109876543210))
print(pow(2, 521) - 1)
print(pow(5, 3, 13) == (5 ** 3) % 13)
print(pow(True, 2), pow(2, True))

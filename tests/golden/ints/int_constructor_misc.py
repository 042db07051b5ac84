# Truncation, conversions and numeric tower interplay.
print(int(7.9), int(-7.9), int(0.0), int(-0.0))
print(int(1e300) % 1000, len(str(int(1e300))))
print(float(2 ** 100), float(-(2 ** 100)))
try:
    float(2 ** 1024)
except OverflowError as e:
    print(type(e).__name__, e)
print(2 ** 1024 / 2 ** 1020, (2 ** 1100) // (2 ** 1000))
try:
    print(2 ** 1100 / 3)
except OverflowError as e:
    print(type(e).__name__, e)
print(10 / 4, 10 / 5, -10 / 4, 1 / 3, 2 / 3)
print(10 ** 30 / 10 ** 10, (10 ** 30 + 1) / 10 ** 30)
print(7 / 7, type(7 / 7).__name__)
print(2 ** 63 / 2, 12345678901234567890 / 10)
print(int('1' * 50) // int('1' * 25))
class Num:
    def __index__(self):
        return 7
print(bin(Num()), hex(Num()), [10, 20, 30, 40, 50, 60, 70, 80][Num()])
class IntLike:
    def __int__(self):
        return 99
print(int(IntLike()))

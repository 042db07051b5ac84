# round(), divmod(), pow() builtins.
print(round(3.7), round(-3.7), round(2.5), round(3.5), round(7), round(7, 2), round(1234, -2), round(-1251, -2))
print(round(1.23456, 3), round(-1.5), round(0.5), round(1e15 + 0.5), round(2.675, 2))
class R:
    def __round__(self, n=None):
        return ('rounded', n)
print(round(R()), round(R(), 3))
try:
    round('1.5')
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(1.5, 1.5)
except TypeError as e:
    print(type(e).__name__, e)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(2 ** 70, 3), divmod(True, 2))
try:
    divmod(1, 'a')
except TypeError as e:
    print(type(e).__name__, e)
try:
    divmod(1j, 1)
except TypeError as e:
    print(type(e).__name__, e)
print(pow(2, 8), pow(2, -2), pow(2.0, 3), pow(4, 0.5), pow(-8, 1 / 3).real > 0, pow(3, 4, 5), pow(base=2, exp=5, mod=7))
try:
    pow()
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow('a', 2)
except TypeError as e:
    print(type(e).__name__, e)

# __index__, __int__, __float__, __complex__, __round__, __trunc__, __floor__, __ceil__.
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
i = Idx(3)
print([10, 20, 30, 40][i], 'abcdef'[i:], bin(i), hex(i), range(i), list(range(i)), 'ab' * i)
print(int(i), operator_like := [0] * Idx(2))
class Conv:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
    def __complex__(self):
        return 1 + 2j
    def __round__(self, n=None):
        return f'round({n})'
    def __trunc__(self):
        return 'trunc'
    def __floor__(self):
        return 'floor'
    def __ceil__(self):
        return 'ceil'
c = Conv()
print(int(c), float(c), complex(c), round(c), round(c, 2))
try:
    [1, 2][c]
except TypeError as e:
    print(type(e).__name__, e)
class BadIndex:
    def __index__(self):
        return 'not int'
try:
    [1][BadIndex()]
except TypeError as e:
    print(type(e).__name__, e)
class BadInt:
    def __int__(self):
        return 1.5
try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)
class BadFloat:
    def __float__(self):
        return 1
try:
    float(BadFloat())
except TypeError as e:
    print(type(e).__name__, e)
class IntSub(int):
    pass
print(int(IntSub(5)), type(int(IntSub(5))).__name__, float(IntSub(2)), IntSub(3) + IntSub(4))
print(int(True), float(False), complex(True), round(True))

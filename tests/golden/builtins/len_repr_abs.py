# len(), repr(), str(), ascii(), abs().
print(len('abc'), len([1, 2]), len((1,)), len({1: 2, 3: 4}), len({1, 2, 3}), len(range(5)), len(b'ab'), len(''))
class Sized:
    def __len__(self):
        return 42
print(len(Sized()))
for bad in (5, 3.5, None, iter([1])):
    try:
        len(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class NegLen:
    def __len__(self):
        return -1
try:
    len(NegLen())
except ValueError as e:
    print(type(e).__name__, e)
class StrLen:
    def __len__(self):
        return 'x'
try:
    len(StrLen())
except TypeError as e:
    print(type(e).__name__, e)
vals = [0, -1, 1.5, 'text', "it's", 'say "hi"', 'both \' "', None, True, [1, 'a'], (1,), {'k': [1]}, b'x', 1j, range(3), ..., NotImplemented, type, int, str, Exception('m')]
for v in vals:
    print(repr(v), str(v))
print(ascii('héllo'), ascii(['ü']), ascii('\n'), repr('\n'))
print(abs(-5), abs(5), abs(-2.5), abs(-0.0), abs(3 + 4j), abs(True), abs(-10 ** 30))
class A:
    def __abs__(self):
        return 'absolute'
print(abs(A()))
try:
    abs('x')
except TypeError as e:
    print(type(e).__name__, e)

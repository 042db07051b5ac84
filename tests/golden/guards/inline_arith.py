# BINARY_OP forms done inline in the eval loop (int //, %, &, |, ^, <<, >>,
# **, /; float /; int mixed with float). The same sites are then given
# operands that must take the general path: zero divisors, results that
# need big ints, negative shift counts and exponents, big-int and custom
# operands.


class Num:
    def __init__(self, v):
        self.v = v

    def __floordiv__(self, other):
        return 'Num//%r' % (other,)

    def __rmod__(self, other):
        return 'rmod:%r' % (other,)

    def __rtruediv__(self, other):
        return 'rtruediv:%r' % (other,)


def ops(a, b):
    out = []
    for f in (lambda: a // b, lambda: a % b, lambda: a & b, lambda: a | b,
              lambda: a ^ b, lambda: a << b, lambda: a >> b, lambda: a ** b,
              lambda: a / b):
        try:
            out.append(f())
        except Exception as e:
            out.append(type(e).__name__ + ': ' + str(e))
    return out


def mixed(a, b):
    out = []
    for f in (lambda: a + b, lambda: a - b, lambda: a * b, lambda: a / b,
              lambda: a // b, lambda: a % b, lambda: a ** b):
        try:
            out.append(f())
        except Exception as e:
            out.append(type(e).__name__ + ': ' + str(e))
    return out


for _ in range(3):
    for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5), (0, 3), (7, 0),
                 (1, 63), (1, 62), (-1, 64), (5, -1), (2, 10), (3, 40),
                 (-9223372036854775808, -1), (9007199254740993, 1),
                 (9007199254740993, 3), (2 ** 70, 3), (3, 2 ** 70 // 2 ** 69)]:
        print(a, b, ops(a, b))

for _ in range(3):
    for a, b in [(3, 0.5), (0.5, 3), (1, 0.0), (0.0, 0), (-7.5, 2), (2, -0.5),
                 (9007199254740993, 0.0), (1e308, 10), (True, 2.5), (-0.0, 1)]:
        print(a, b, mixed(a, b))

total = 0
x = 12345
for i in range(1, 200):
    x = (x * 1103515245 + 12345) % 2147483648
    total += x // i + x % 7 + (x >> 3) + (x << 2) + (x & 255) + (x | 1) + (x ^ i)
    total += i ** 3
    if i % 50 == 0:
        print(i, x, total, x / i, i / 7, x * 0.5, 0.25 * i)
print(total)

# The same site with an object operand after warming up on ints.
site = lambda a, b: a // b
for v in [10, 11, 12, Num(3)]:
    print(site(v, 3))
site2 = lambda a, b: a % b
for v in [10, 11, 12, 2 ** 80]:
    print(site2(v, 7), site2(7, Num(1)) if v == 12 else '')
site3 = lambda a, b: a / b
for v in [1, 2, 3, 1.5, 2 ** 64]:
    print(site3(v, 4), site3(4, Num(0)) if v == 3 else '')
x = 5
x //= 2
x <<= 70
x >>= 68
x **= 2
x /= 3
print(x)

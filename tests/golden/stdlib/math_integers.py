# The integer functions of math: exact results for big ints and the errors.
import math


def show(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except Exception as e:
        print(label, type(e).__name__, e)


for n in [0, 1, 5, 20, 21, 30, 100]:
    print('factorial', n, math.factorial(n))
print(len(str(math.factorial(1000))), math.factorial(True))
show('factorial', math.factorial, -1)
show('factorial', math.factorial, 5.0)
show('factorial', math.factorial, 10 ** 30)
show('factorial', math.factorial, 'x')

for n, k in [(5, 2), (5, 0), (5, 5), (5, 7), (100, 50), (10 ** 20, 3), (67, 33), (200, 3), (0, 0)]:
    print('comb', n, k, math.comb(n, k), 'perm', math.perm(n, k))
print(math.perm(5), math.perm(5, None), math.perm(0))
show('comb', math.comb, -1, 2)
show('comb', math.comb, 1, -2)
show('perm', math.perm, 1, -2)
show('comb', math.comb, 1.0, 2)
show('comb', math.comb, 10 ** 20, 10 ** 19)
show('perm', math.perm, 10 ** 20, 10 ** 19)
show('perm', math.perm)
show('perm', math.perm, 1, 2, 3)

print(math.gcd(), math.gcd(-4), math.gcd(12, 18, 30), math.gcd(2 ** 100, 2 ** 80 * 3), math.gcd(0, 0))
print(math.lcm(), math.lcm(-4, 6), math.lcm(*range(1, 30)), math.lcm(0, 5), math.lcm(2 ** 64, 3))
show('gcd', math.gcd, 1.5)
show('lcm', math.lcm, 2.0)

for n in [0, 1, 2, 3, 15, 16, 17, 10 ** 50, 2 ** 200 - 1, 2 ** 64, 2 ** 64 - 1, True]:
    print('isqrt', n, math.isqrt(n))
show('isqrt', math.isqrt, -1)
show('isqrt', math.isqrt, 2.0)

print(math.prod(range(1, 20)), math.prod([1.5, 2, 3]), math.prod([]), math.prod([], start='a'))
print(math.prod([[1]], start=2), math.prod([2 ** 40, 2 ** 40, 3]), math.prod((1, 2), start=1.5))
show('prod', math.prod)
show('prod', math.prod, 5)


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


print(math.gcd(Idx(12), Idx(8)), math.factorial(Idx(6)), math.comb(Idx(6), Idx(2)), math.isqrt(Idx(99)))

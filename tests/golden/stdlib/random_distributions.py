# random: the distributions and sequence helpers, with CPython's algorithms.
import random

random.seed(2024)
print([random.randrange(10) for _ in range(10)])
print([random.randrange(-5, 5) for _ in range(5)], random.randrange(10, 0, -3), random.randrange(10 ** 30))
print(random.randint(-10 ** 20, 10 ** 20), random.getrandbits(1), random.randbytes(6))
print(random.normalvariate(), random.normalvariate(10, 2), random.lognormvariate(0, 1))
print(random.expovariate(2), random.vonmisesvariate(1, 2), random.vonmisesvariate(1, 0))
print(random.gammavariate(0.5, 1), random.gammavariate(1, 2), random.gammavariate(3, 2))
print(random.betavariate(2, 3), random.paretovariate(2), random.weibullvariate(1, 2))
print(random.triangular(), random.triangular(0, 10, 2), random.triangular(5, 5))
print(random.gauss(), random.gauss(), random.gauss(100, 15))
print(random.sample(range(10 ** 6), 10), random.sample('abcdefghij', 3, counts=[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]))
print(random.sample(list(range(50)), 50)[:10], random.sample((1, 2, 3), 0))
print(random.choices(range(5), cum_weights=[1, 1, 5, 5, 9], k=8))
deck = list('ABCDEFGHIJKLMNOP')
random.shuffle(deck)
print(''.join(deck), random.choice(deck), random.choice(range(1000)))


def check(expr):
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)


for expr in ["random.choice([])", "random.randrange(0)", "random.randrange(5, 5)",
             "random.randrange(1, 5, 0)", "random.sample([1, 2], 3)", "random.sample({1, 2}, 1)",
             "random.choices('ab', [1])", "random.choices('ab', [0, 0])", "random.choices('ab', 2)",
             "random.choices('ab', [1, 1], cum_weights=[1, 2])", "random.gammavariate(-1, 1)",
             "random.randrange(5, step=2)", "random.sample([1, 2, 3], 2, counts=[1, 1])",
             "random.getrandbits(-1)", "random.Random().setstate((9, 1, 2))", "random.randint(1)"]:
    check(expr)


class Fixed(random.Random):
    def random(self):
        return 0.5


class Bits(random.Random):
    def getrandbits(self, k):
        return 3


f = Fixed(1)
print(f.randrange(10), f.choice('abcdef'), type(f)._randbelow.__name__, Bits._randbelow.__name__)
print(Bits(1).randrange(10), isinstance(f, random.Random), random.Random.__mro__[1].__name__)
sr = random.SystemRandom()
print(0 <= sr.random() < 1, 0 <= sr.randrange(10) < 10, len(sr.randbytes(4)), sr.getrandbits(8) < 256)
random.seed()
print(0 <= random.random() < 1)

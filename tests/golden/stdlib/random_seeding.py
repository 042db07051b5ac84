# random: sequences for fixed seeds match CPython's Mersenne Twister exactly.
import random

for s in [0, 5, 42, 2 ** 100, -7, 'hello', b'bytes', bytearray(b'ba'), 3.25, '', 'h\xe9llo', 2 ** 32, True]:
    random.seed(s)
    print(repr(s), random.random(), random.randint(1, 100), random.randrange(0, 100, 7),
          random.choice(['a', 'b', 'c', 'd', 'e']))
    items = list(range(20))
    random.shuffle(items)
    print(items)
    print(random.sample(range(100), 5), random.uniform(1, 5), random.gauss(0, 1), random.getrandbits(70))
    print(random.choices(['x', 'y', 'z'], weights=[1, 2, 3], k=6), random.choices('abc', k=4))

random.seed(77, version=1)
print(random.random())
random.seed('abc', version=1)
print(random.random())

r = random.Random(123)
state = r.getstate()
first = [r.random() for _ in range(3)]
r.setstate(state)
print(first == [r.random() for _ in range(3)], state[0], len(state[1]), state[1][-1], state[2])
r2 = random.Random()
r2.setstate(state)
print(r2.random() == first[0])

import _random
g = _random.Random(2 ** 64 + 5)
print(g.random(), g.getrandbits(1), g.getrandbits(32), g.getrandbits(0), g.getrandbits(100))
g.seed(-5)
a = g.random()
g.seed(5)
print(a == g.random())
for bad in [lambda: g.getrandbits(-1), lambda: g.setstate((1, 2)), lambda: g.setstate([0] * 625),
            lambda: _random.Random(1, 2), lambda: random.seed([1]),
            lambda: g.setstate((0,) * 624 + (625,))]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

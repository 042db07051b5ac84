# Call benchmark: method calls on __slots__ classes.
#
# Instances without a __dict__: attribute reads and writes go through slot
# member descriptors. Bound-method calls with 0-2 arguments, methods calling
# methods on self, a subclass adding slots and overriding a method, and
# instance creation in the loop.


class Point:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)

    def manhattan(self, other):
        return abs(self.x - other.x) + abs(self.y - other.y)

    def key(self):
        return self.x * 10007 + self.y


class Particle:
    __slots__ = ('pos', 'vx', 'vy', 'hits')

    def __init__(self, x, y, vx, vy):
        self.pos = Point(x, y)
        self.vx = vx
        self.vy = vy
        self.hits = 0

    def step(self, size):
        p = self.pos.moved(self.vx, self.vy)
        if not self.inside(p.x, size):
            self.vx = -self.vx
            self.bounce()
            p = self.pos.moved(self.vx, self.vy)
        if not self.inside(p.y, size):
            self.vy = -self.vy
            self.bounce()
            p = Point(p.x, self.pos.y + self.vy)
        self.pos = p

    def inside(self, c, size):
        return 0 <= c < size

    def bounce(self):
        self.hits += 1

    def energy(self):
        return self.vx * self.vx + self.vy * self.vy


class HeavyParticle(Particle):
    __slots__ = ('mass',)

    def __init__(self, x, y, vx, vy, mass):
        super().__init__(x, y, vx, vy)
        self.mass = mass

    def energy(self):
        return self.mass * Particle.energy(self)

    def bounce(self):
        self.hits += 2


class Counter:
    __slots__ = ('n', 'total')

    def __init__(self):
        self.n = 0
        self.total = 0

    def add(self, v):
        self.n += 1
        self.total += v

    def mean(self):
        return self.total // self.n if self.n else 0


def simulate(count, steps, size):
    parts = []
    for i in range(count):
        vx = i % 7 - 3 or 1
        vy = i % 5 - 2 or 2
        if i % 3 == 0:
            parts.append(HeavyParticle(i % size, (i * 7) % size, vx, vy, 1 + i % 4))
        else:
            parts.append(Particle(i % size, (i * 7) % size, vx, vy))
    c = Counter()
    origin = Point(0, 0)
    for _ in range(steps):
        for p in parts:
            p.step(size)
            c.add(p.pos.manhattan(origin))
    hits = sum(p.hits for p in parts)
    energy = sum(p.energy() for p in parts)
    keys = 0
    for p in parts:
        keys = (keys * 31 + p.pos.key()) % 1000000007
    return hits, energy, c.mean(), keys


def main():
    print('simulate', simulate(300, 1000, 97))
    try:
        Point(1, 2).z = 3
    except AttributeError as e:
        print('AttributeError:', e)
    print(hasattr(Point(0, 0), '__dict__'), HeavyParticle.__slots__, Particle.pos.__name__)


main()

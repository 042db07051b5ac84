# Workload: an n-body float simulation (the Jovian planets around the sun).
#
# Body objects with float attributes, pairwise force loops, math.sqrt,
# momentum correction, energy before and after, plus a small orbital
# summary using math.hypot and math.atan2.

import math

PI = math.pi
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24


class Body:
    def __init__(self, name, x, y, z, vx, vy, vz, mass):
        self.name = name
        self.x = x
        self.y = y
        self.z = z
        self.vx = vx * DAYS_PER_YEAR
        self.vy = vy * DAYS_PER_YEAR
        self.vz = vz * DAYS_PER_YEAR
        self.mass = mass * SOLAR_MASS

    def kinetic(self):
        return 0.5 * self.mass * (self.vx * self.vx + self.vy * self.vy + self.vz * self.vz)

    def distance(self, other):
        return math.sqrt((self.x - other.x) ** 2 + (self.y - other.y) ** 2
                         + (self.z - other.z) ** 2)


def make_system():
    return [
        Body('sun', 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0),
        Body('jupiter',
             4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
             1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05,
             9.54791938424326609e-04),
        Body('saturn',
             8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
             -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05,
             2.85885980666130812e-04),
        Body('uranus',
             1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
             2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05,
             4.36624404335156298e-05),
        Body('neptune',
             1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
             2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05,
             5.15138902046611451e-05),
    ]


def offset_momentum(bodies):
    px = py = pz = 0.0
    for b in bodies:
        px += b.vx * b.mass
        py += b.vy * b.mass
        pz += b.vz * b.mass
    sun = bodies[0]
    sun.vx = -px / SOLAR_MASS
    sun.vy = -py / SOLAR_MASS
    sun.vz = -pz / SOLAR_MASS


def energy(bodies):
    e = 0.0
    n = len(bodies)
    for i in range(n):
        b = bodies[i]
        e += b.kinetic()
        for j in range(i + 1, n):
            e -= b.mass * bodies[j].mass / b.distance(bodies[j])
    return e


def advance(bodies, pairs, dt, steps):
    for _ in range(steps):
        for b1, b2 in pairs:
            dx = b1.x - b2.x
            dy = b1.y - b2.y
            dz = b1.z - b2.z
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * math.sqrt(d2))
            m1 = b1.mass * mag
            m2 = b2.mass * mag
            b1.vx -= dx * m2
            b1.vy -= dy * m2
            b1.vz -= dz * m2
            b2.vx += dx * m1
            b2.vy += dy * m1
            b2.vz += dz * m1
        for b in bodies:
            b.x += dt * b.vx
            b.y += dt * b.vy
            b.z += dt * b.vz


def main():
    bodies = make_system()
    offset_momentum(bodies)
    pairs = [(bodies[i], bodies[j]) for i in range(len(bodies))
             for j in range(i + 1, len(bodies))]
    print('energy before: %.9f' % energy(bodies))
    for chunk in range(5):
        advance(bodies, pairs, 0.01, 10000)
        print('after %5d steps: energy %.9f' % ((chunk + 1) * 10000, energy(bodies)))
    for b in bodies[1:]:
        r = math.hypot(b.x - bodies[0].x, b.y - bodies[0].y)
        angle = math.degrees(math.atan2(b.y - bodies[0].y, b.x - bodies[0].x))
        print('%-8s r=%8.4f angle=%8.3f speed=%.5f' % (
            b.name, r, angle, math.sqrt(b.vx ** 2 + b.vy ** 2 + b.vz ** 2)))
    closest = min(pairs, key=lambda p: p[0].distance(p[1]))
    print('closest pair:', closest[0].name, closest[1].name,
          round(closest[0].distance(closest[1]), 6))
    print('is finite:', all(math.isfinite(b.x) for b in bodies))


main()

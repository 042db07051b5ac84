# A value class combining many dunders.
class Vector:
    __slots__ = ('x', 'y')
    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y
    def __repr__(self):
        return f'Vector({self.x!r}, {self.y!r})'
    def __str__(self):
        return f'<{self.x}, {self.y}>'
    def __format__(self, spec):
        return f'<{self.x:{spec}}, {self.y:{spec}}>'
    def __eq__(self, o):
        return isinstance(o, Vector) and self.x == o.x and self.y == o.y
    def __hash__(self):
        return hash((self.x, self.y))
    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vector(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, Vector):
            return self.x * k.x + self.y * k.y
        return Vector(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __truediv__(self, k):
        return Vector(self.x / k, self.y / k)
    def __neg__(self):
        return Vector(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self):
        return bool(self.x or self.y)
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __iter__(self):
        yield self.x
        yield self.y
    def __lt__(self, o):
        return abs(self) < abs(o)
v, w = Vector(3, 4), Vector(1, -2)
print(v, repr(w), v + w, v - w, v * 2, 3 * w, v * w, v / 2, -v, abs(v))
print(f'{v:.2f}', f'{w:>4}', bool(Vector()), bool(v), len(v), v[0], v[-1], list(v), tuple(w))
print(v == Vector(3, 4), v != w, v == (3, 4), {v, Vector(3, 4), w} == {v, w}, sorted([v, w, Vector(0, 1)]))
x, y = v
print(x, y, max([v, w]), min(v, w), sum([v, w, Vector(10, 10)], Vector()))
print({Vector(1, 1): 'one'}[Vector(1, 1)], Vector(1, 1) in [Vector(1, 1)])
try:
    v.z = 1
except AttributeError as e:
    print(type(e).__name__, e)

# collections.namedtuple
from collections import namedtuple

Point = namedtuple('Point', 'x y')
p = Point(1, y=2)
print(p, p.x, p[1], p._fields, p._asdict(), p._replace(x=5), Point._make([3, 4]))
print(Point.__doc__, Point.x.__doc__, Point.__new__.__doc__)
print(Point.__module__, Point.__name__, Point.__qualname__, Point.__mro__)
x, y = p
print(x + y, p == (1, 2), hash(p) == hash((1, 2)), len(p), p + (3,), p * 2, p[::-1])
print(isinstance(p, tuple), Point.__match_args__, p.count(1), p.index(2))

P3 = namedtuple('P3', ['a', 'b', 'c'], defaults=[0, 1])
print(P3(5), P3._field_defaults, P3(1, 2, 3), P3(1, c=9))
print(namedtuple('D', 'a b', defaults=iter([7]))(1))

R = namedtuple('R', ['ok', 'def', '_x', 'ok', '1'], rename=True)
print(R._fields, R(1, 2, 3, 4, 5))
T = namedtuple('T', 'a, b,c   d')
print(T._fields)

for args in [('1bad', 'x'), ('P', 'x def'), ('P', 'x _y'), ('P', 'x x'), ('P', [1]),
             ('class', 'x'), ('P', 'a-b')]:
    try:
        namedtuple(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    namedtuple('P', 'x', defaults=[1, 2])
except TypeError as e:
    print('TypeError', e)
try:
    p._replace(z=1)
except ValueError as e:
    print('ValueError', e)
try:
    Point._make([1])
except TypeError as e:
    print('TypeError', e)
try:
    Point(1)
except TypeError as e:
    print('TypeError', e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print('TypeError', e)
try:
    p.x = 5
except AttributeError:
    print('AttributeError')
print(hasattr(p, '__dict__'))

E = namedtuple('E', '')
print(E(), E._fields, len(E()))
O = namedtuple('O', 'a')
print(O(1), O._make([2]))


class PP(Point):
    __slots__ = ()

    def norm(self):
        return self.x ** 2 + self.y ** 2


print(PP(3, 4), PP(3, 4).norm(), PP._make([1, 1]))

Emp = namedtuple('Emp', 'name dept', module='company')
print(Emp.__module__, repr(Emp('bob', 'it')))
people = [Point(3, 1), Point(1, 2), Point(2, 0)]
print(sorted(people), max(people, key=lambda q: q.y), dict(Point(1, 2)._asdict()))

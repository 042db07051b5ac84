# getattr, setattr, hasattr, delattr, vars and dir.
class Point:
    kind = 'point'
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm1(self):
        return abs(self.x) + abs(self.y)
p = Point(3, -4)
print(getattr(p, 'x'), getattr(p, 'kind'), getattr(p, 'missing', 'dflt'), getattr(p, 'norm1')())
setattr(p, 'z', 10)
print(p.z, hasattr(p, 'z'), hasattr(p, 'w'), hasattr(Point, 'norm1'), hasattr(Point, 'x'))
delattr(p, 'z')
print(hasattr(p, 'z'), vars(p), p.__dict__ is vars(p))
p.__dict__['w'] = 'via dict'
print(p.w, sorted(vars(p)))
print(sorted(k for k in vars(Point) if not k.startswith('__')))
print([n for n in dir(p) if not n.startswith('__')])
print([n for n in dir(Point) if not n.startswith('_')])
try:
    getattr(p, 'nope')
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(p, 'nope')
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(p, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(5, 'x', 1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
for name in ['x', 'y', 'kind']:
    print(name, getattr(p, name))
setattr(Point, 'kind', 'changed')
print(p.kind, Point.kind, getattr(Point, 'norm1')(p))
print(getattr(5, 'real'), getattr('abc', 'upper')(), hasattr([], 'append'), hasattr(None, 'x'))

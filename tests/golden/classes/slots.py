# __slots__ restricts instance attributes.
class Point:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
print(p.x, p.y, hasattr(p, '__dict__'), Point.__slots__)
p.x = 10
print(p.x)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
class Partial:
    __slots__ = ['a', 'b']
q = Partial()
q.a = 1
try:
    q.b
except AttributeError as e:
    print(type(e).__name__, e)
del q.a
try:
    del q.a
except AttributeError as e:
    print(type(e).__name__, e)
class Child(Point):
    pass
c = Child(3, 4)
c.extra = 'allowed'
print(c.x, c.extra, hasattr(c, '__dict__'))
class SlotChild(Point):
    __slots__ = ('z',)
sc = SlotChild(1, 2)
sc.z = 3
print(sc.x, sc.y, sc.z)
try:
    sc.w = 4
except AttributeError as e:
    print(type(e).__name__, e)
class WithDict:
    __slots__ = ('a', '__dict__')
w = WithDict()
w.a = 1
w.anything = 2
print(w.a, w.anything, w.__dict__)
class Single:
    __slots__ = 'only'
s = Single()
s.only = 'one'
print(s.only)

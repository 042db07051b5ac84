# Abstract-style base classes and polymorphic dispatch.
class Shape:
    def area(self):
        raise NotImplementedError(type(self).__name__ + '.area')
    def perimeter(self):
        raise NotImplementedError
    def describe(self):
        return f'{type(self).__name__} area={self.area():.2f} perimeter={self.perimeter():.2f}'
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
class Circle(Shape):
    PI = 3.141592653589793
    def __init__(self, r):
        self.r = r
    def area(self):
        return self.PI * self.r ** 2
    def perimeter(self):
        return 2 * self.PI * self.r
class Blob(Shape):
    pass
shapes = [Rect(2, 3), Square(4), Circle(1.5), Circle(0.5)]
for s in shapes:
    print(s.describe())
print(sorted(shapes, key=lambda s: s.area())[0].__class__.__name__)
print(round(sum(s.area() for s in shapes), 4))
try:
    Blob().describe()
except NotImplementedError as e:
    print(type(e).__name__, e)
try:
    Blob().perimeter()
except NotImplementedError as e:
    print(type(e).__name__, repr(e), str(e) == '')
by_type = {}
for s in shapes:
    by_type.setdefault(type(s).__name__, []).append(s)
print({k: len(v) for k, v in by_type.items()})
print([isinstance(s, Rect) for s in shapes], [type(s) is Rect for s in shapes])

# Call benchmark: a mix of classes at one call site (polymorphic calls).
#
# One loop calls shape.area() / shape.scale() on instances of six classes
# (some override, some inherit, one gets the method from a mixin), so the
# call site sees many receiver types. A second site calls callables of
# different kinds: a function, a lambda, a bound method, a builtin, a class,
# an instance with __call__ and a staticmethod.


class Shape:
    sides = 0

    def area(self):
        return 0

    def scale(self, k):
        return self.area() * k

    def describe(self):
        return self.name() + str(self.sides)

    def name(self):
        return type(self).__name__


class Square(Shape):
    sides = 4

    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


class Rect(Square):
    def __init__(self, w, h):
        self.s = w
        self.h = h

    def area(self):
        return self.s * self.h


class Triangle(Shape):
    sides = 3

    def __init__(self, b, h):
        self.b = b
        self.h = h

    def area(self):
        return self.b * self.h // 2

    def scale(self, k):
        return super().scale(k) + 1


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3 * self.r * self.r

    def name(self):
        return 'circle'


class Labelled:
    def area(self):
        return len(self.label) * 10


class Tag(Labelled, Shape):
    def __init__(self, label):
        self.label = label


class Dot(Shape):
    __slots__ = ()


class Adder:
    def __init__(self, k):
        self.k = k

    def __call__(self, x):
        return x + self.k

    def method(self, x):
        return x * 2


class Util:
    @staticmethod
    def triple(x):
        return 3 * x


def double(x):
    return x + x


def make_shapes(n):
    out = []
    for i in range(n):
        m = i % 6
        if m == 0:
            out.append(Square(i % 13))
        elif m == 1:
            out.append(Rect(i % 7, i % 11))
        elif m == 2:
            out.append(Triangle(i % 9, i % 5))
        elif m == 3:
            out.append(Circle(i % 4))
        elif m == 4:
            out.append(Tag('t' * (i % 6)))
        else:
            out.append(Dot())
    return out


def main():
    shapes = make_shapes(600)
    total = 0
    scaled = 0
    for r in range(800):
        for s in shapes:
            total += s.area()
            scaled += s.scale(r % 3)
    print('areas', total, 'scaled', scaled)
    names = {}
    for s in shapes:
        d = s.describe()
        names[d] = names.get(d, 0) + 1
    print(sorted(names.items()))

    callables = [double, lambda x: x - 1, Adder(5).method, abs, int, Adder(7),
                 Util.triple, Util().triple, len]
    acc = 0
    for i in range(120000):
        for f in callables:
            if f is len:
                acc += f('x' * (i % 4))
            else:
                acc += f(i - 30000)
        acc %= 1000000007
    print('callables', acc)


main()

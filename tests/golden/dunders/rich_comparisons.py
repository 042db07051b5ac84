# Rich comparison methods, reflection and NotImplemented.
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split('.'))
    def __repr__(self):
        return 'V' + '.'.join(map(str, self.parts))
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __le__(self, other):
        return self == other or self < other
    def __gt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts > other.parts
    def __ge__(self, other):
        return not self < other
    __hash__ = None
vs = [Version('1.10'), Version('1.2'), Version('1.2.1'), Version('0.9')]
print(sorted(vs), max(vs), min(vs))
a, b = Version('2.0'), Version('2.0')
print(a == b, a != b, a < b, a <= b, a > b, a >= b, a is b)
print(a == '2.0', a != '2.0', Version('1.0') in vs, Version('1.2') in vs)
try:
    a < '3'
except TypeError as e:
    print(type(e).__name__, e)
class Loud:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        print(f'  {self.name}.__eq__({getattr(other, "name", other)})')
        return NotImplemented
    def __lt__(self, other):
        print(f'  {self.name}.__lt__')
        return NotImplemented
    def __gt__(self, other):
        print(f'  {self.name}.__gt__')
        return NotImplemented
x, y = Loud('x'), Loud('y')
print(x == y)
print(x != y)
try:
    x < y
except TypeError as e:
    print(type(e).__name__, e)
print(x == x)
class Always:
    def __eq__(self, other):
        return True
    def __ne__(self, other):
        return 'custom ne'
print(Always() == 5, 5 == Always(), Always() != 5, [Always()] == [1], 3 in [Always()])
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f'L{self.v}'
print(OnlyLt(1) < OnlyLt(2), OnlyLt(1) > OnlyLt(2), sorted([OnlyLt(3), OnlyLt(1)]), max([OnlyLt(3), OnlyLt(5)]))
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print(type(e).__name__, e)
class Sub(Version):
    def __eq__(self, other):
        return 'Sub.__eq__ first'
print(Version('1.0') == Sub('1.0'), Sub('1.0') == Version('1.0'))
print(1 < 2 < Version('1') if False else 'skip', (Version('1') < Version('2') < Version('3')))

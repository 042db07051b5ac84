# __hash__ and __eq__ contracts in sets and dicts.
class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return isinstance(other, Key) and self.k.lower() == other.k.lower()
    def __hash__(self):
        return hash(self.k.lower())
    def __repr__(self):
        return f'Key({self.k!r})'
d = {Key('Name'): 1}
d[Key('NAME')] = 2
print(d, len(d), Key('name') in d, d[Key('nAmE')])
s = {Key('a'), Key('A'), Key('b')}
print(len(s), sorted(s, key=lambda x: x.k.lower())[0].k.lower())
class EqNoHash:
    def __eq__(self, other):
        return True
print(EqNoHash.__hash__)
try:
    {EqNoHash()}
except TypeError as e:
    print(type(e).__name__, e)
class Default:
    pass
x = Default()
print(x == x, x == Default(), x != Default(), len({x, x}), hash(x) == hash(x))
class Inherit(Key):
    pass
print(Inherit('z') == Key('Z'), hash(Inherit('q')) == hash(Key('Q')))
class EqChild(Key):
    def __eq__(self, other):
        return False
try:
    hash(EqChild('a'))
except TypeError as e:
    print(type(e).__name__, e)
class HashChild(Key):
    def __eq__(self, other):
        return True
    __hash__ = Key.__hash__
print(hash(HashChild('X')) == hash('x'))
class ConstHash:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 1
    def __eq__(self, other):
        return self.v == other.v
many = {ConstHash(i % 5) for i in range(50)}
print(len(many), sorted(c.v for c in many))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
pts = {Point(1, 2): 'a', Point(3, 4): 'b'}
print(pts[Point(1, 2)], Point(3, 4) in pts, Point(5, 6) in pts, hash(Point(1, 2)) == hash((1, 2)))

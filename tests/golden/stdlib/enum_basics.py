"""enum: Enum/IntEnum/StrEnum/Flag/IntFlag members, lookup, iteration, aliases, auto, errors, functional API."""
import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(Color(2), Color['BLUE'], Color.CRIMSON is Color.RED, Color(1).name)
print(list(Color), len(Color))
print(list(Color.__members__), Color.__members__['CRIMSON'])
print(Color.__members__)
print(repr(Color), type(Color.RED), isinstance(Color.RED, Color), type(Color))
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.GREEN, hash(Color.RED) == hash('RED'))
print({Color.RED: 'r'}[Color.CRIMSON])
print(Color.RED in Color, list(reversed(Color)))
print(f"{Color.RED}", format(Color.GREEN), f"{Color.RED:>12}|", str(Color.BLUE))
for bad in [(lambda: Color(7)), (lambda: Color['NOPE']), (lambda: Color('RED'))]:
    try: bad()
    except (ValueError, KeyError) as e: print(type(e).__name__, e)
try:
    Color.RED = 5
except AttributeError as e: print(e)
try:
    del Color.RED
except AttributeError as e: print(e)
try:
    Color.RED < Color.GREEN
except TypeError as e: print(e)
try:
    class More(Color):
        PINK = 4
except TypeError as e: print(e)

class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
print(list(Auto), [m.value for m in Auto])

class Num(IntEnum):
    ONE = 1
    TWO = 2
    THREE = auto()
print(Num.ONE, repr(Num.TWO), str(Num.THREE), f"{Num.ONE}", format(Num.TWO, '03d'), Num.ONE + 1, Num.TWO * 3, Num.ONE < Num.TWO, Num(2), Num.ONE == 1, sorted([Num.THREE, Num.ONE]))
print(isinstance(Num.ONE, int), int(Num.TWO), hash(Num.ONE) == hash(1), [1, 2, 3][Num.ONE], '%d' % Num.TWO, '{}'.format(Num.THREE))

class Shape(StrEnum):
    CIRCLE = auto()
    SQUARE = 'sq'
print(Shape.CIRCLE, repr(Shape.CIRCLE), Shape.SQUARE.upper(), Shape('circle'), Shape.CIRCLE == 'circle', f"{Shape.SQUARE}", len(Shape.CIRCLE))

class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7
print(Perm.R | Perm.W, repr(Perm.R | Perm.W), Perm.RWX, repr(Perm(0)), str(Perm(0)), bool(Perm(0)), bool(Perm.R))
print(list(Perm), list(Perm.RWX), len(Perm.R | Perm.X), Perm.R in (Perm.R | Perm.W), Perm.X in Perm.R, ~Perm.R, repr(~Perm.RWX))
print(Perm.RWX & Perm.W, Perm.R ^ Perm.RWX, Perm(6), (Perm.R | Perm.W).name, (Perm.R | Perm.W).value)
try: Perm(9)
except ValueError as e: print(e)

class Color2(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
print([m.value for m in Color2], Color2.RED | Color2.BLUE)

class P(IntFlag):
    R = 4
    W = 2
    X = 1
print(P.R | P.W, repr(P.R | P.W), P.R | 8, repr(P.R | 8), P.R + 1, ~P.R, repr(~P.R), P(0), repr(P(0)), P.R & 4, isinstance(P.R | P.W, P))

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 3))

class Mood(Enum):
    FUNKY = 1
    HAPPY = 3
    def describe(self):
        return self.name, self.value
    def __str__(self):
        return 'my custom str! {0}'.format(self.value)
    @classmethod
    def favorite_mood(cls):
        return cls.HAPPY
print(Mood.favorite_mood(), Mood.HAPPY.describe(), str(Mood.FUNKY))

class Missing(Enum):
    A = 1
    B = 2
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None
print(Missing('a'), Missing('b'))
try: Missing(5)
except ValueError as e: print(e)

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e: print(e)

Animal = Enum('Animal', 'ANT BEE CAT DOG')
print(list(Animal), Animal.ANT.value, repr(Animal))
Sizes = Enum('Sizes', [('S', 10), ('M', 20)])
print(list(Sizes), Sizes(20))
Dirs = Enum('Dirs', {'N': 'n', 'S': 's'})
print(list(Dirs))
Letters = IntEnum('Letters', ['A', 'B'], start=5)
print(list(Letters), Letters.B + 0)
Fl = Flag('Fl', 'A B C')
print(list(Fl), Fl.A | Fl.C)

class Gen(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name[::-1]
    ABC = auto()
    XYZ = auto()
print(list(Gen))

class WithVals(Enum):
    name_ = 1
    value_ = 2
class Odd(Enum):
    name = 'n'
    value = 'v'
print(Odd.name, Odd.value, Odd.name.name, Odd.value.value)

class Ordered(Enum):
    _order_ = 'A B'
    A = 1
    B = 2
print(list(Ordered))
try:
    class Bad(Enum):
        A = 1
        A = 2
except TypeError as e: print(e)
try:
    class Bad2(Enum):
        _sunder_ = 1
except ValueError as e: print(e)

class Base(Enum):
    def hello(self): return 'hello ' + self.name
class Derived(Base):
    X = 1
print(Derived.X.hello(), Derived.X)

class Tup(tuple, Enum):
    P = (1, 2)
print(Tup.P, Tup.P[0], repr(Tup.P))

class Cust(Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj
    A = (1, 'first')
    B = (2, 'second')
print(Cust(2).label, Cust.A.value, Cust.A)
print(Color.RED.__class__.__name__, Color.__name__, Color.RED._name_, Color._member_names_)
print(enum.EnumMeta is enum.EnumType, Perm._boundary_, P._boundary_)
print(list(Color.__members__.items())[:2])
print(Color.RED.__reduce_ex__(2))
print(dir(Color.RED)[:3])

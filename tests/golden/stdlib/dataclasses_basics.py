"""dataclasses: generated methods, field options, frozen/order/hash, InitVar, KW_ONLY, inheritance, helpers."""
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, make_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING
import dataclasses
from typing import ClassVar, List

@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
print(p, Point(3), p == Point(1, 2), p != Point(2, 2), p.x, repr(p))
print(Point.__init__.__qualname__)
try: Point()
except TypeError as e: print(e)
try: Point(1, 2, 3)
except TypeError as e: print(e)
print(Point.__match_args__, Point.__hash__)

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tags: tuple = ()
v1, v2 = Version(1, 2), Version(1, 10)
print(v1 < v2, v1 <= v2, v2 > v1, sorted([v2, v1]), hash(v1) == hash(Version(1, 2)))
try: v1.major = 5
except FrozenInstanceError as e: print(type(e).__name__, e, isinstance(e, AttributeError))
try: del v1.minor
except FrozenInstanceError as e: print(e)
try: v1 < 5
except TypeError as e: print(e)

@dataclass
class Inventory:
    name: str
    items: List[str] = field(default_factory=list)
    count: int = field(default=0, repr=False)
    secret: str = field(default='s', compare=False)
    meta: dict = field(default_factory=dict, metadata={'unit': 'kg'})
    total: ClassVar[int] = 0
    computed: int = field(init=False, default=7)
i1 = Inventory('a'); i2 = Inventory('a')
i1.items.append('x')
print(i1, i2, i1 == i2, Inventory('b', ['q'], 3, 'zz') == Inventory('b', ['q'], 3, 'yy'))
print([f.name for f in fields(Inventory)], Inventory.total, fields(Inventory)[4].metadata['unit'])
print(repr(fields(Inventory)[0]).replace(repr(MISSING), 'MISSING'))

try:
    @dataclass
    class Bad:
        x: int = 0
        y: int
except TypeError as e: print(e)
try:
    @dataclass
    class Bad2:
        x: list = []
except ValueError as e: print(e)
try:
    field(default=1, default_factory=list)
except ValueError as e: print(e)

@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 1
    def __post_init__(self, scale):
        self.b = self.a * scale
print(WithPost(3, 4), WithPost(2))
print(InitVar[int], [f.name for f in fields(WithPost)])

@dataclass
class Base:
    x: int
    y: int = 1
@dataclass
class Derived(Base):
    z: int = 2
    y: int = 5
print(Derived(0), [f.name for f in fields(Derived)])

@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = 3
print(KW(1, c=5), KW.__match_args__)
try: KW(1, 2)
except TypeError as e: print(e)

@dataclass(kw_only=True)
class KW2:
    a: int
    b: int = 1
print(KW2(a=1))

@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
n = Node(1, [Node(2), Node(3, [Node(4)])])
print(asdict(n))
print(astuple(n))
print(replace(Point(1, 2), y=9), is_dataclass(Point), is_dataclass(p), is_dataclass(5), is_dataclass(dict))
try: replace(Inventory('a'), computed=1)
except ValueError as e: print(e)
try: asdict(5)
except TypeError as e: print(e)
try: fields(5)
except TypeError as e: print(e)

C = make_dataclass('C', ['a', ('b', int), ('c', int, field(default=5))], namespace={'add': lambda self: self.a + self.b})
c = C(1, 2)
print(c, c.add(), [f.type for f in fields(C)])

@dataclass(unsafe_hash=True)
class H:
    a: int
    b: list = field(default_factory=list, hash=False)
print(hash(H(1)) == hash(H(1, [5])), H(1) in {H(1)})
@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), hash(NoEq(1)) is not None)
@dataclass
class Rec:
    x: object = None
r = Rec(); r.x = r
print(r)
@dataclass(repr=False)
class NoRepr:
    a: int
print(repr(NoRepr(1)).startswith('<__main__.NoRepr object'))
@dataclass
class Self:
    self: int
print(Self(5))
try:
    @dataclass(order=True)
    class BadOrd:
        a: int
        def __lt__(self, o): return True
except TypeError as e: print(e)
try:
    @dataclass(frozen=True)
    class FD(Point):
        pass
except TypeError as e: print(e)
print(Point.__dataclass_params__)
print(dataclasses.fields(Version)[0].type)
print(MISSING is dataclasses.MISSING, repr(field(default=3)).replace(repr(MISSING), 'MISSING'))
@dataclass
class E:
    pass
print(E(), E() == E())
@dataclass(slots=True)
class Sl:
    a: int
    b: int = 2
s = Sl(1)
print(s, Sl.__slots__, hasattr(s, '__dict__'))

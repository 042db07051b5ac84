"""enum: data-type mixins, properties, _ignore_, member/nonmember, zero flags."""
from enum import Enum, IntEnum, Flag, auto
import enum
class Foo(int, Enum):
    A = 1
    B = 2
print(Foo.A, repr(Foo.A), format(Foo.A), f"{Foo.B:>5}", Foo.A + 1, str(Foo.B))
class S(str, Enum):
    X = 'x'
print(S.X, repr(S.X), f"{S.X}", S.X == 'x', S.X.upper())
class F(float, Enum):
    PI = 3.14
print(F.PI, repr(F.PI), F.PI * 2)
import json
class N(IntEnum):
    A = 1
print(json.dumps({'k': N.A, 'l': [N.A]}), json.dumps({N.A: 1}))
def f(c):
    if c == Foo.A: return 'a'
    return 'b'
print(f(Foo.A), f(Foo.B))
class Status(Enum):
    ACTIVE = 'active'
    INACTIVE = 'inactive'
    @property
    def label(self): return self.value.title()
print([s.label for s in Status], Status('active'))
class Weekday(Flag):
    MON = auto(); TUE = auto(); WED = auto()
    WEEKEND = 0
print(list(Weekday), Weekday.WEEKEND, repr(Weekday.MON | Weekday.WED), Weekday(3))
print(sorted(Status, key=lambda s: s.value))
print(len(enum.Enum.__members__))
class Const(Enum):
    _ignore_ = ['tmp']
    tmp = 5
    A = 1
print(list(Const), hasattr(Const, 'tmp'))
class WithNonMember(Enum):
    A = 1
    helper = enum.nonmember(42)
    B = enum.member(lambda x: x)
print(WithNonMember.helper, len(WithNonMember))

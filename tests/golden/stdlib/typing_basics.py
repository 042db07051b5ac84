"""typing: alias reprs, TypeVar, Generic, Protocol, NamedTuple, TypedDict, NewType, get_type_hints."""
import typing
from typing import (Any, Union, Optional, List, Dict, Set, FrozenSet, Tuple, Type, Callable, Iterable, Iterator,
    Generator, Sequence, Mapping, MutableMapping, TypeVar, Generic, Protocol, runtime_checkable, NamedTuple, TypedDict,
    Literal, Final, ClassVar, Annotated, cast, overload, no_type_check, get_type_hints, TYPE_CHECKING, NewType, Self,
    LiteralString, Never, get_origin, get_args, NoReturn)
print(List[int], Dict[str, int], Set[float], FrozenSet[str], Tuple[int, str], Tuple[int, ...], Tuple[()], Type[int])
print(Optional[int], Union[int, str], Union[int, str, None], Union[None, int], Union[int], Union[int, Union[str, int]])
print(Callable[[int, str], bool], Callable[..., int], Callable[[], None], Iterable[int], Iterator[str], Generator[int, None, None])
print(Sequence[int], Mapping[str, List[int]], MutableMapping[str, Any], List[Optional[int]], Any, List, Dict, Callable, Optional)
print(Literal['a', 1], Final[int], ClassVar[List[int]], Annotated[int, 'meta'], Literal[True])
T = TypeVar('T'); K = TypeVar('K'); V = TypeVar('V')
Tc = TypeVar('Tc', covariant=True); Tn = TypeVar('Tn', contravariant=True); TB = TypeVar('TB', bound=int)
print(T, Tc, Tn, TB.__bound__, T.__name__, Dict[K, V], Dict[str, T][int], List[T][str])
class Stack(Generic[T]):
    def __init__(self):
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]()
s.push(1); s.push(2)
print(s.pop(), Stack[int], Stack.__parameters__, Stack[int].__args__, Stack.__mro__, s.__orig_class__)
class Pair(Generic[K, V]):
    pass
print(Pair[str, int], Pair.__parameters__)
try: Pair[int]
except TypeError as e: print(e)
try: List[int, str]
except TypeError as e: print(e)
try: Generic[int]
except TypeError as e: print(e)
try: isinstance([], List[int])
except TypeError as e: print(e)
print(isinstance([], List), isinstance({}, Dict), isinstance(1, Union[int, str]), isinstance(None, Optional[int]))
try: List()
except TypeError as e: print(e)
class Employee(NamedTuple):
    name: str
    id: int = 3
    def greet(self): return 'hi ' + self.name
e = Employee('Guido')
print(e, e.name, e.id, e[0], e.greet(), Employee._fields, Employee._field_defaults, e._replace(id=5), e._asdict(), isinstance(e, tuple), len(e))
print(Employee('a', 2) == ('a', 2), Employee.__annotations__, tuple(e))
try: Employee()
except TypeError as err: print(err)
Point = NamedTuple('Point', [('x', int), ('y', int)])
print(Point(1, 2), Point._make([3, 4]))
class Movie(TypedDict):
    name: str
    year: int
m = Movie(name='Blade Runner', year=1982)
print(m, type(m), Movie.__required_keys__ == frozenset({'name', 'year'}), Movie.__total__)
class Partial(TypedDict, total=False):
    x: int
print(Partial.__optional_keys__, Partial(x=1))
try: isinstance({}, Movie)
except TypeError as e: print(e)
UserId = NewType('UserId', int)
print(UserId(5), UserId, UserId.__supertype__)
print(cast(int, 'x'), cast('List[int]', 5), TYPE_CHECKING)
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x): return x
print(f(3))
@no_type_check
def g(x: 'nonsense'): return x
print(g.__no_type_check__)
class A:
    x: int
    y: 'List[str]'
    z: ClassVar[int] = 1
class B(A):
    w: Optional['A']
print(get_type_hints(A), get_type_hints(B))
def h(a: int, b: 'str' = 'x') -> 'Optional[int]': pass
print(get_type_hints(h))
print(get_origin(List[int]), get_origin(Union[int, str]), get_args(Dict[str, int]), get_args(Callable[[int], str]), get_origin(int), get_args(int), get_origin(Annotated[int, 1]), get_args(Annotated[int, 1, 2]))
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
class G: pass
print(isinstance(F(), Closable), isinstance(G(), Closable))
class NotRT(Protocol):
    def meth(self): ...
try: isinstance(F(), NotRT)
except TypeError as e: print(e)
try: Closable()
except TypeError as e: print(e)
class Impl(Closable):
    pass
print(isinstance(Impl(), Closable), issubclass(F, Closable))
print(Self, LiteralString, Never, NoReturn)
print(Optional[int] == Union[int, None], List[int] == List[int], hash(List[int]) == hash(List[int]), Union[int, str] == Union[str, int])
print(typing.Text, typing.AnyStr, typing.Hashable, typing.Sized, typing.SupportsInt, isinstance(3, typing.SupportsInt))
print(repr(typing.ForwardRef('X')), List['X'], Optional['X'])
class MyList(List[int]): pass
print(MyList.__mro__, MyList([1, 2]))
class MyDict(Dict[str, T]): pass
print(MyDict.__parameters__, MyDict[int])
print(Tuple[int, str].__args__, Tuple[int, ...].__args__, Callable[[int], str].__args__, Callable[..., str].__args__)
try: Union[1]
except TypeError as e: print(e)
print(typing.Counter[str], typing.DefaultDict[str, int], typing.Deque[int], typing.OrderedDict[str, int])

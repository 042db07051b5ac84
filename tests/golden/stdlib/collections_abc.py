# collections.abc: isinstance checks on built-in types, and the ABCs as
# base classes with their mixin methods.
from collections.abc import *
import collections.abc as cabc
for obj in ([], (), '', {}, set(), frozenset(), range(3), b'', bytearray(), iter([]), (x for x in []), {}.keys(), {}.items(), {}.values(), 3, 3.5, None, len, lambda: 0):
    print(type(obj).__name__, [name for name in ['Hashable', 'Iterable', 'Iterator', 'Generator', 'Reversible', 'Container', 'Collection', 'Callable', 'Sized', 'Sequence', 'MutableSequence', 'Set', 'MutableSet', 'Mapping', 'MutableMapping', 'MappingView', 'KeysView', 'ItemsView', 'ValuesView', 'ByteString'] if isinstance(obj, getattr(cabc, name))])
class MySeq(Sequence):
    def __init__(self, n): self.n = n
    def __getitem__(self, i):
        if not 0 <= i < self.n: raise IndexError(i)
        return i * i
    def __len__(self): return self.n
s = MySeq(5)
print(list(s), 9 in s, s.index(4), s.count(16), list(reversed(s)), isinstance(s, Reversible))
try: s.index(7)
except ValueError as e: print('ValueError', e)
class MyMap(Mapping):
    def __init__(self, **kw): self.d = kw
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = MyMap(a=1, b=2)
print(m.get('a'), m.get('z', 0), 'a' in m, list(m.keys()), list(m.items()), list(m.values()), m == {'a': 1, 'b': 2})
print(m.keys() & {'a', 'q'}, m.keys() | {'c'} == {'a', 'b', 'c'}, ('a', 1) in m.items(), 2 in m.values())
print(type(m.keys()).__name__, len(m.items()))
class MyMut(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
mm = MyMut(); mm.update({'x': 1}, y=2); mm.setdefault('z', 3)
print(mm.d, mm.pop('x'), mm.popitem(), mm.pop('q', 'dflt'))
mm.clear(); print(mm.d)
class MySet(MutableSet):
    def __init__(self, it=()): self.s = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(self.s)
    def __len__(self): return len(self.s)
    def add(self, x):
        if x not in self.s: self.s.append(x)
    def discard(self, x):
        if x in self.s: self.s.remove(x)
a = MySet([1, 2, 3]); b = MySet([2, 3, 4])
print((a & b).s, (a | b).s, (a - b).s, (a ^ b).s, a <= b, MySet([2]) < a, a == MySet([3, 2, 1]), a.isdisjoint([7]))
a |= [9]; print(a.s); a -= [1]; print(a.s); print(a.pop(), a.s)
try: MySeq.__abstractmethods__; Sequence()
except TypeError as e: print(e)
try: MutableMapping()
except TypeError as e: print(e)
class It(Iterator):
    def __init__(self): self.i = 0
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(list(It()), iter(It()).__class__.__name__)
class Lst(MutableSequence):
    def __init__(self): self.l = []
    def __getitem__(self, i): return self.l[i]
    def __setitem__(self, i, v): self.l[i] = v
    def __delitem__(self, i): del self.l[i]
    def __len__(self): return len(self.l)
    def insert(self, i, v): self.l.insert(i, v)
l = Lst(); l.append(1); l.extend([2, 3]); l.reverse(); l += [0]; print(l.l, l.pop(), l.pop(0), l.l); l.remove(2); print(l.l)
print(Iterable[int], issubclass(list, Sequence), issubclass(dict, Sequence), issubclass(str, Hashable), issubclass(list, Hashable))
print(Hashable.__module__, Sequence.__mro__)
class NoHash:
    __hash__ = None
print(isinstance(NoHash(), Hashable), isinstance(object(), Hashable))

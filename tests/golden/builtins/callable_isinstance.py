# callable, isinstance, issubclass and type().
class Base: pass
class Derived(Base): pass
class WithCall:
    def __call__(self):
        return 'called'
def fn(): pass
print(callable(fn), callable(len), callable(Base), callable(Base()), callable(WithCall()), callable(5), callable(lambda: 0))
print(WithCall()(), callable(print), callable('str'), callable(str.upper), callable(None))
d = Derived()
print(isinstance(d, Derived), isinstance(d, Base), isinstance(d, object), isinstance(Base(), Derived))
print(isinstance(5, (str, int)), isinstance(5, (str, (float, int))), isinstance(True, int), isinstance(1, bool))
print(issubclass(Derived, Base), issubclass(Base, Derived), issubclass(Derived, Derived), issubclass(bool, (str, int)))
print(issubclass(int, object), issubclass(type, object), isinstance(int, type), isinstance(type, type), isinstance(object, type))
try:
    isinstance(5, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(5, int)
except TypeError as e:
    print(type(e).__name__, e)
print(type(5), type('s'), type(None), type([]), type(type), type(d), type(fn).__name__, type(len).__name__)
print(type(5) is int, type(True) is int, type(d) is Base, type(d).__name__, type(d).__bases__, Derived.__mro__)
T = type('T', (Base,), {'v': 7, 'get': lambda self: self.v * 2})
t = T()
print(T.__name__, t.v, t.get(), isinstance(t, Base), T.__bases__, type(T))
print(type(1.5).__name__, type(1j).__name__, type(b'').__name__, type(range(1)).__name__, type({}.keys()).__name__)
print(type(iter([])).__name__, type(iter(())).__name__, type(x for x in []).__name__, type(zip()).__name__)
print(int.__mro__, bool.__mro__, type(NotImplemented).__name__, type(...).__name__)

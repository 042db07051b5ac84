# isinstance() follows CPython's object_recursive_isinstance: an exact type
# match first, then type.__instancecheck__ (with __class__ proxies), tuples,
# unions, and a metaclass's own __instancecheck__ for everything else.

class M(type):
    def __instancecheck__(cls, inst):
        print('  check', cls.__name__, type(inst).__name__)
        return False

class A(metaclass=M):
    pass

class B(A):
    pass

print('exact type skips the hook:', isinstance(A(), A))
print('subclass asks the hook:', isinstance(B(), A))
print('other type asks the hook:', isinstance(3, A))
print('tuple item asks the hook:', isinstance(B(), (int, A)))
print('tuple item exact:', isinstance(A(), (int, A)))


class N(type):
    pass

class C(metaclass=N):
    pass

class D(C):
    pass

class ProxyOfD:
    @property
    def __class__(self):
        return D

print('metaclass without hook:', isinstance(D(), C), isinstance(3, C))
print('proxy through type.__instancecheck__:', isinstance(ProxyOfD(), C))
print('direct call:', type.__instancecheck__(C, ProxyOfD()), N.__instancecheck__(C, 3))


class P:
    @property
    def __class__(self):
        return int

print('__class__ property:', isinstance(P(), int), isinstance(P(), P), isinstance(P(), str))
print('... in a tuple:', isinstance(P(), (str, int)), isinstance(P(), (str, float)))

class Q:
    __class__ = int

print('__class__ plain attribute (not a type check):', isinstance(Q(), int), isinstance(Q(), Q))

class R:
    __class__ = 'not a type'

print('__class__ not a type:', isinstance(R(), str), isinstance(R(), R))


class G:
    def __getattribute__(self, name):
        print('  getattribute', name)
        return object.__getattribute__(self, name)

print('__getattribute__ sees __class__:', isinstance(G(), int), isinstance(G(), G))


class Boom:
    @property
    def __class__(self):
        raise RuntimeError('boom')

class Missing:
    @property
    def __class__(self):
        raise AttributeError('no class')

try:
    isinstance(Boom(), int)
except RuntimeError as e:
    print('error from __class__ propagates:', e)
print('AttributeError from __class__ means no:', isinstance(Missing(), int), isinstance(Missing(), Missing))


print('unions:', isinstance(3, int | str), isinstance(3.0, (int | str, float)), isinstance(None, int | None))
print('builtins:', isinstance(True, int), isinstance(3, bool), isinstance([], (list, tuple)), isinstance({}, object))
for bad in (3, 'int', (int, 3), [int]):
    try:
        print(isinstance(1, bad))
    except TypeError as e:
        print('TypeError:', e)


class HookAny(type):
    def __instancecheck__(cls, inst):
        return 'yes'

class H(metaclass=HookAny):
    pass

print('hook result is made a bool:', isinstance(3, H))

class Weird:
    def __instancecheck__(self, inst):
        return inst == 3

print('a non-type with __instancecheck__:', isinstance(3, Weird()), isinstance(4, Weird()))


# The "__class__ is the real type" shortcut is re-checked when a class changes.
class LateBase:
    pass
class LateChild(LateBase):
    pass
child = LateChild()
print('before:', [isinstance(child, str) for _ in range(3)])
LateBase.__getattribute__ = lambda self, name: str if name == '__class__' else object.__getattribute__(self, name)
print('after a base gains __getattribute__:', isinstance(child, str))
del LateBase.__getattribute__
print('after deleting it:', isinstance(child, str))

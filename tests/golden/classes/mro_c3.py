# C3 linearization, including the classic diamond and failing hierarchies.
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
def names(cls):
    return ' '.join(c.__name__ for c in cls.__mro__)
for cls in (K1, K2, K3, Z):
    print(cls.__name__, ':', names(cls))
print([c.__name__ for c in Z.mro()])
class Top:
    def who(self):
        return ['Top']
class Left(Top):
    def who(self):
        return ['Left'] + super().who()
class Right(Top):
    def who(self):
        return ['Right'] + super().who()
class Bottom(Left, Right):
    def who(self):
        return ['Bottom'] + super().who()
print(Bottom().who(), names(Bottom))
class X: pass
class Y: pass
try:
    class Bad(X, Y, X):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class XY(X, Y): pass
class YX(Y, X): pass
try:
    class Conflict(XY, YX):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Conflict2(O, A):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Ok(A, O): pass
print(names(Ok))
try:
    class FromBool(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class P1: x = 'P1'
class P2: x = 'P2'
class Q(P1, P2): pass
class R(P2, P1): pass
print(Q.x, R.x, Q.__mro__[1].__name__)

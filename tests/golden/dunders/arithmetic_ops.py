# Binary and unary arithmetic operators, including reflected forms.
class Num:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f'Num({self.v})'
    def _val(self, other):
        return other.v if isinstance(other, Num) else other
    def __add__(self, o): return Num(self.v + self._val(o))
    def __radd__(self, o): return Num(self._val(o) + self.v)
    def __sub__(self, o): return Num(self.v - self._val(o))
    def __rsub__(self, o): return Num(self._val(o) - self.v)
    def __mul__(self, o): return Num(self.v * self._val(o))
    def __rmul__(self, o): return Num(self._val(o) * self.v)
    def __truediv__(self, o): return Num(self.v / self._val(o))
    def __rtruediv__(self, o): return Num(self._val(o) / self.v)
    def __floordiv__(self, o): return Num(self.v // self._val(o))
    def __rfloordiv__(self, o): return Num(self._val(o) // self.v)
    def __mod__(self, o): return Num(self.v % self._val(o))
    def __rmod__(self, o): return Num(self._val(o) % self.v)
    def __pow__(self, o, mod=None): return Num(pow(self.v, self._val(o), mod))
    def __rpow__(self, o): return Num(self._val(o) ** self.v)
    def __divmod__(self, o): return (self // o, self % o)
    def __rdivmod__(self, o): return (o // self, o % self)
    def __neg__(self): return Num(-self.v)
    def __pos__(self): return Num(+self.v)
    def __abs__(self): return Num(abs(self.v))
    def __invert__(self): return Num(~self.v)
a, b = Num(7), Num(2)
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(a + 1, 1 + a, a - 1, 10 - a, a * 3, 3 * a, a / 2, 14 / a, a // 2, 20 // a, a % 4, 30 % a)
print(a ** 2, 2 ** a, pow(a, 2, 5), divmod(a, b), divmod(20, a))
print(-a, +a, abs(Num(-4)), ~a, -(-a))
print(sum([Num(1), Num(2), Num(3)]), sum([Num(1)], Num(10)))
class OnlyLeft:
    def __add__(self, other):
        return 'OnlyLeft.__add__'
class OnlyRight:
    def __radd__(self, other):
        return 'OnlyRight.__radd__ with ' + type(other).__name__
print(OnlyLeft() + OnlyRight(), 5 + OnlyRight(), [1] + OnlyRight())
class Refuses:
    def __add__(self, other):
        return NotImplemented
    def __radd__(self, other):
        return NotImplemented
for expr in (lambda: Refuses() + 1, lambda: 1 + Refuses(), lambda: Refuses() + Refuses(), lambda: OnlyLeft() - 1,
             lambda: -OnlyLeft(), lambda: 'a' * OnlyLeft(), lambda: OnlyLeft() @ 1):
    try:
        expr()
    except TypeError as e:
        print(type(e).__name__, e)
class Base:
    def __add__(self, other):
        return 'Base.__add__'
    def __radd__(self, other):
        return 'Base.__radd__'
class Derived(Base):
    def __radd__(self, other):
        return 'Derived.__radd__ (subclass wins)'
print(Base() + Derived(), Derived() + Base(), Base() + Base())

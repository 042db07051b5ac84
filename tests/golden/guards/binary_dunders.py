# Guards of BINARY_OP_PY: `a + b` (and the other binary operators) where a's
# class defines the method in Python. Every guard is made to fail at a
# warmed-up site; results and errors must stay those of the general protocol.
import sys


class V:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        return NotImplemented

    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return V(self.x * k, self.y * k)
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, k):
        return V(self.x / k, self.y / k)

    def __repr__(self):
        return f"V({self.x}, {self.y})"


def add(a, b):
    return a + b


def mul(a, b):
    return a * b


def iadd(a, b):
    a += b
    return a


def run(site, a, b, times=40):
    r = None
    for _ in range(times):
        r = site(a, b)
    return r


p, q = V(1, 2), V(10, 20)
print("add", run(add, p, q), "mul", run(mul, p, 3), run(mul, p, 0.5), "rmul", run(mul, 2, p))
print("iadd", run(iadd, p, q), p, "div", V(3, 4) / 2, "sub", run(lambda a, b: a - b, q, p))

# NotImplemented from the method: the right operand's slot, then TypeError.
for a, b in [(p, "s"), (p, [1]), (p, None), (p, 2)]:
    try:
        print("add", add(a, b))
    except TypeError as e:
        print("TypeError", e)
try:
    iadd(p, 7)
except TypeError as e:
    print("TypeError", e)
print("mul by V", end=" ")
try:
    mul(p, q)
except TypeError as e:
    print("TypeError", e)


class Num:
    """A right operand whose own slot answers when V's method declines."""

    def __radd__(self, other):
        return ("Num.__radd__", other)


print("radd of another class", add(p, Num()))


# A subclass overriding the reflected method goes first.
class W(V):
    __slots__ = ()

    def __radd__(self, o):
        return "W.__radd__"

    def __add__(self, o):
        return "W.__add__"


print("subclass rhs", add(p, W(0, 0)), add(W(0, 0), p), add(W(0, 0), W(1, 1)))


# A subclass that inherits everything: same method, other class.
class U(V):
    __slots__ = ()


print("inherited", add(U(1, 1), U(2, 2)), add(p, U(5, 5)), add(U(5, 5), p))

# The method replaced, an in-place method added, then removed again.
print("before", run(add, p, q))
V.__add__ = lambda self, o: ("lambda add", o.x)
print("replaced", add(p, q))
V.__iadd__ = lambda self, o: "V.__iadd__"
print("iadd added", iadd(p, q), add(p, q))
del V.__iadd__
print("iadd removed", iadd(p, q))
del V.__add__
try:
    add(p, q)
except TypeError as e:
    print("TypeError", e)
try:
    iadd(p, q)
except TypeError as e:
    print("TypeError", e)


# The method's code swapped for one with another arity, a generator.
class C:
    def __add__(self, o):
        return "C.__add__"


def three(self, o, extra):
    return extra


def gen(self, o):
    yield "gen"


c = C()
print("code", run(add, c, c))
C.__add__.__code__ = three.__code__
try:
    add(c, c)
except TypeError as e:
    print("TypeError", e)
C.__add__.__code__ = gen.__code__
print("generator", list(add(c, c)))


# Raising inside the method; the traceback passes through it.
class R:
    def __add__(self, o):
        return 1 // 0


r = R()
for _ in range(3):
    try:
        run(add, r, r, 5)
    except ZeroDivisionError as e:
        tb = e.__traceback__
        names = []
        while tb:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        print("ZeroDivisionError", names)


# sys._getframe in the method sees the site's frame.
class F:
    def __sub__(self, o):
        return sys._getframe(1).f_code.co_name


print("frame", run(lambda a, b: a - b, F(), F()))


# Deep recursion through an operator method.
class Deep:
    def __add__(self, o):
        return self + o


try:
    Deep() + Deep()
except RecursionError as e:
    print("RecursionError", e)


# Other operators, and ** which stays generic.
class Ops:
    def __init__(self, v):
        self.v = v

    def __floordiv__(self, o): return ("//", self.v, o.v)
    def __mod__(self, o): return ("%", self.v, o.v)
    def __and__(self, o): return ("&", self.v, o.v)
    def __or__(self, o): return ("|", self.v, o.v)
    def __xor__(self, o): return ("^", self.v, o.v)
    def __lshift__(self, o): return ("<<", self.v, o.v)
    def __rshift__(self, o): return (">>", self.v, o.v)
    def __matmul__(self, o): return ("@", self.v, o.v)
    def __pow__(self, o, mod=None): return ("**", self.v, o.v, mod)


a, b = Ops(1), Ops(2)
for _ in range(30):
    res = [a // b, a % b, a & b, a | b, a ^ b, a << b, a >> b, a @ b, a ** b, pow(a, b, 5)]
print(res)
x = Ops(3)
for _ in range(30):
    y = Ops(3)
    y //= b
print("ifloordiv", y)

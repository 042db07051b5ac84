# The float functions of math: values, special values and CPython's errors.
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)


def show(label, f, *args, **kw):
    try:
        print(label, repr(f(*args, **kw)))
    except Exception as e:
        print(label, type(e).__name__, e)


for name in ['sqrt', 'exp', 'exp2', 'expm1', 'log', 'log2', 'log10', 'log1p',
             'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh',
             'asinh', 'acosh', 'atanh', 'erf', 'erfc', 'gamma', 'lgamma', 'fabs',
             'cbrt', 'degrees', 'radians', 'ceil', 'floor', 'trunc']:
    f = getattr(math, name)
    for x in [0.0, -0.0, 0.5, 1, -1, 2.75, -3.5, 10, 1e-10, 700, 1e308,
              math.inf, -math.inf, math.nan, True]:
        show(name + '(' + repr(x) + ')', f, x)

for x in [0.1, 0.84375, 1.2, 2.9, 5.5, 27.5, -0.3, -1.7, -5.5, 3e-9]:
    print('erf', x, math.erf(x), math.erfc(x), math.gamma(x), math.lgamma(x))
for x in [171.5, 171.7, -170.5, -201.5, 1e-30, 200.5]:
    show('gamma', math.gamma, x)
    show('lgamma', math.lgamma, x)
for x in [1e-320, 1.5, 27, -8, 0.001, 123456.789, -1e-300]:
    print('cbrt', x, math.cbrt(x), math.asinh(x), math.atan(x))

# Two-argument functions.
pairs = [(1, 2), (2, 0.5), (-8, 1 / 3), (0, -1), (0.0, 0.0), (7, -3), (-7, 3),
         (1e308, 10), (math.inf, -3), (-math.inf, 3), (math.nan, 0), (1, math.nan),
         (-1, math.inf), (0.5, -math.inf), (5, 0), (math.inf, 2)]
for x, y in pairs:
    for name in ['pow', 'atan2', 'fmod', 'remainder', 'copysign', 'hypot', 'nextafter']:
        show(name + str((x, y)), getattr(math, name), x, y)

print(math.hypot(), math.hypot(-3), math.hypot(3, 4, 12), math.hypot(1e308, 1e308))
print(math.hypot(1e-320, 1e-320), math.hypot(*range(20)), math.hypot(math.inf, math.nan))
print(math.dist((1, 2), (4, 6)), math.dist([0.1, 0.2, 0.3], (1.5, -2.5, 3)), math.dist([], []))
show('dist', math.dist, [1], [1, 2])
show('dist', math.dist, 1, 2)

print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1e-16, 1, 1e16]), math.fsum([]), math.fsum(range(10)), math.fsum([math.inf, 1]))
show('fsum', math.fsum, [1e308, 1e308])
show('fsum', math.fsum, [math.inf, -math.inf])
show('fsum', math.fsum, ['a'])

print(math.frexp(0.0), math.frexp(1e300), math.frexp(-1e-310), math.frexp(math.inf))
print(math.ldexp(0.5, 1025 - 1), math.ldexp(1, -1074), math.ldexp(1.5, -1074), math.ldexp(3, -1075))
show('ldexp', math.ldexp, 1.0, 10 ** 100)
show('ldexp', math.ldexp, 1.0, -10 ** 100)
show('ldexp', math.ldexp, 1.0, 2.0)
print(math.modf(-3.0), math.modf(2.5), math.modf(-math.inf), math.modf(1e300))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.001), math.isclose(math.inf, math.inf))
print(math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(a=1, b=1.0000001, rel_tol=1e-6))
show('isclose', math.isclose, 1, 2, rel_tol=-1)
show('isclose', math.isclose, 1, 2, 3)
show('isclose', math.isclose, 1)
show('isclose', math.isclose, 1, 2, x=1)
print(math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan), math.isinf(10 ** 400 // 10 ** 390))
print(math.ulp(1.0), math.ulp(0.0), math.ulp(-5e-324), math.ulp(1.7976931348623157e308), math.ulp(math.nan))
print(math.nextafter(0.0, -1), math.nextafter(1.0, 2.0), math.nextafter(1, 1))

# Conversions of arguments.
class F:
    def __float__(self):
        return 2.5


class I:
    def __index__(self):
        return 7


class Rounded:
    def __ceil__(self):
        return 'ceil!'

    def __floor__(self):
        return 'floor!'

    def __trunc__(self):
        return 'trunc!'


print(math.sqrt(F()), math.sqrt(I()), math.ceil(Rounded()), math.floor(Rounded()), math.trunc(Rounded()))
print(math.ceil(F()), math.floor(I()), math.ceil(2 ** 70), math.floor(-2.5), math.trunc(-2.5))
show('sin', math.sin, 'a')
show('sin', math.sin, 10 ** 400)
show('ceil', math.ceil, 'a')
show('trunc', math.trunc, 'a')
show('floor', math.floor, math.inf)
show('ceil', math.ceil, math.nan)
show('pow', math.pow, 1)
show('log', math.log)
show('log', math.log, 1, 2, 3)
show('log', math.log, 2, 1)
print(math.log(8, 2), math.log(100, 10), math.log(2 ** 2000, 2), math.log(10 ** 400))
print(math.log10(10 ** 400), math.log2(2 ** 5000), math.log2(3 * 2 ** 1100), math.log(True))

# cmath: complex results, special values and errors.
import cmath

inf = float('inf')
nan = float('nan')


def show(label, f, *args, **kw):
    try:
        print(label, repr(f(*args, **kw)))
    except Exception as e:
        print(label, type(e).__name__, e)


print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
zs = [0, -0.0, 1, -1, 2j, -2j, 1 + 1j, -3 + 4j, 0.5 - 0.25j, 1e300 + 1e300j, 1e-310 + 1e-310j,
      complex(inf, 1), complex(-inf, 1), complex(1, inf), complex(nan, 0), complex(inf, nan), 800 + 1j]
for name in ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan',
             'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'phase', 'polar',
             'isfinite', 'isinf', 'isnan']:
    f = getattr(cmath, name)
    for z in zs:
        show(name + '(' + repr(z) + ')', f, z)
for r, phi in [(1, 0), (2, cmath.pi / 3), (-1, 0.5), (inf, 1), (0, inf), (1, inf), (nan, 0)]:
    show('rect' + repr((r, phi)), cmath.rect, r, phi)
print(cmath.log(8, 2), cmath.log(1j, 1 + 1j), cmath.log(2 + 3j, 0.5))
show('log', cmath.log, 0)
show('log', cmath.log, 1, 1)
show('sqrt', cmath.sqrt, 'a')
show('rect', cmath.rect, 1)
show('log', cmath.log)
show('exp', cmath.exp, 1000)
print(cmath.isclose(1, 1 + 1e-10j), cmath.isclose(1j, 1j * (1 + 1e-8), rel_tol=1e-7))
show('isclose', cmath.isclose, 1, 2, abs_tol=-1)


class C:
    def __complex__(self):
        return 3 + 4j


class BadC:
    def __complex__(self):
        return 5


print(cmath.sqrt(C()), cmath.polar(C()), abs(3 + 4j))
show('sqrt', cmath.sqrt, BadC())

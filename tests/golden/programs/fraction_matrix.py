# Exact rational arithmetic with operator overloading, and a matrix class on
# top of it: determinants, inverses and linear systems with big integers.


def gcd(a, b):
    a, b = abs(a), abs(b)
    while b:
        a, b = b, a % b
    return a


class Fraction:
    __slots__ = ('num', 'den')

    def __init__(self, num=0, den=1):
        if isinstance(num, Fraction) and den == 1:
            num, den = num.num, num.den
        if isinstance(num, str):
            if '/' in num:
                n, d = num.split('/')
                num, den = int(n), int(d)
            elif '.' in num:
                whole, frac = num.split('.')
                den = 10 ** len(frac)
                sign = -1 if whole.startswith('-') else 1
                num = int(whole or '0') * den + sign * int(frac)
            else:
                num = int(num)
        if not isinstance(num, int) or not isinstance(den, int):
            raise TypeError(f'Fraction needs ints, got {type(num).__name__} and {type(den).__name__}')
        if den == 0:
            raise ZeroDivisionError(f'Fraction({num}, 0)')
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den) or 1
        self.num = num // g
        self.den = den // g

    @staticmethod
    def _coerce(other):
        if isinstance(other, Fraction):
            return other
        if isinstance(other, int):
            return Fraction(other)
        return NotImplemented

    def __add__(self, other):
        other = self._coerce(other)
        if other is NotImplemented:
            return other
        return Fraction(self.num * other.den + other.num * self.den, self.den * other.den)

    __radd__ = __add__

    def __neg__(self):
        return Fraction(-self.num, self.den)

    def __sub__(self, other):
        other = self._coerce(other)
        if other is NotImplemented:
            return other
        return self + (-other)

    def __rsub__(self, other):
        return (-self) + other

    def __mul__(self, other):
        other = self._coerce(other)
        if other is NotImplemented:
            return other
        return Fraction(self.num * other.num, self.den * other.den)

    __rmul__ = __mul__

    def __truediv__(self, other):
        other = self._coerce(other)
        if other is NotImplemented:
            return other
        if other.num == 0:
            raise ZeroDivisionError('division by zero fraction')
        return Fraction(self.num * other.den, self.den * other.num)

    def __rtruediv__(self, other):
        return Fraction(other) / self

    def __pow__(self, exp):
        if not isinstance(exp, int):
            return NotImplemented
        if exp < 0:
            return Fraction(self.den ** -exp, self.num ** -exp)
        return Fraction(self.num ** exp, self.den ** exp)

    def __abs__(self):
        return Fraction(abs(self.num), self.den)

    def __eq__(self, other):
        other = self._coerce(other)
        if other is NotImplemented:
            return other
        return self.num == other.num and self.den == other.den

    def __lt__(self, other):
        other = self._coerce(other)
        if other is NotImplemented:
            return other
        return self.num * other.den < other.num * self.den

    def __le__(self, other):
        return self == other or self < other

    def __hash__(self):
        return hash((self.num, self.den)) if self.den != 1 else hash(self.num)

    def __bool__(self):
        return self.num != 0

    def __float__(self):
        return self.num / self.den

    def __int__(self):
        q = abs(self.num) // self.den
        return q if self.num >= 0 else -q

    def __repr__(self):
        return f'Fraction({self.num}, {self.den})'

    def __str__(self):
        return str(self.num) if self.den == 1 else f'{self.num}/{self.den}'

    def __format__(self, spec):
        if spec.endswith('f'):
            return format(float(self), spec)
        return format(str(self), spec)

    def decimal(self, digits):
        sign = '-' if self.num < 0 else ''
        q, r = divmod(abs(self.num), self.den)
        out = []
        for _ in range(digits):
            r *= 10
            d, r = divmod(r, self.den)
            out.append(str(d))
        return f"{sign}{q}.{''.join(out)}"


class MatrixError(ValueError):
    pass


class Matrix:
    def __init__(self, rows):
        rows = [[Fraction(v) for v in row] for row in rows]
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise MatrixError('rows must be non-empty and of equal length')
        self.rows = rows

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __getitem__(self, pos):
        i, j = pos
        return self.rows[i][j]

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __add__(self, other):
        if self.shape != other.shape:
            raise MatrixError(f'cannot add {self.shape} and {other.shape}')
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __mul__(self, k):
        return Matrix([[v * k for v in row] for row in self.rows])

    __rmul__ = __mul__

    def __matmul__(self, other):
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise MatrixError(f'cannot multiply {self.shape} by {other.shape}')
        cols = list(zip(*other.rows))
        return Matrix([[sum((a * b for a, b in zip(row, col)), Fraction(0)) for col in cols]
                       for row in self.rows])

    def transpose(self):
        return Matrix([list(col) for col in zip(*self.rows)])

    def determinant(self):
        n, m = self.shape
        if n != m:
            raise MatrixError('determinant needs a square matrix')
        a = [row[:] for row in self.rows]
        det = Fraction(1)
        for c in range(n):
            pivot = next((r for r in range(c, n) if a[r][c]), None)
            if pivot is None:
                return Fraction(0)
            if pivot != c:
                a[c], a[pivot] = a[pivot], a[c]
                det = -det
            det = det * a[c][c]
            for r in range(c + 1, n):
                factor = a[r][c] / a[c][c]
                a[r] = [x - factor * y for x, y in zip(a[r], a[c])]
        return det

    def inverse(self):
        n, _ = self.shape
        if not self.determinant():
            raise MatrixError('matrix is singular')
        aug = [row[:] + ident for row, ident in zip(self.rows, Matrix.identity(n).rows)]
        for c in range(n):
            pivot = next(r for r in range(c, n) if aug[r][c])
            aug[c], aug[pivot] = aug[pivot], aug[c]
            pv = aug[c][c]
            aug[c] = [x / pv for x in aug[c]]
            for r in range(n):
                if r != c and aug[r][c]:
                    f = aug[r][c]
                    aug[r] = [x - f * y for x, y in zip(aug[r], aug[c])]
        return Matrix([row[n:] for row in aug])

    def solve(self, rhs):
        inv = self.inverse()
        col = Matrix([[v] for v in rhs])
        return [row[0] for row in (inv @ col).rows]

    def __str__(self):
        cells = [[str(v) for v in row] for row in self.rows]
        width = max(len(c) for row in cells for c in row)
        return '\n'.join('[ ' + '  '.join(c.rjust(width) for c in row) + ' ]' for row in cells)


half, third = Fraction(1, 2), Fraction(1, 3)
print(half + third, half - third, half * third, half / third, third ** 3, half ** -4)
print(1 + half, 1 - half, 2 * third, 1 / third, -half, abs(Fraction(-7, 3)))
print(Fraction('3/9'), Fraction('-0.125'), Fraction('42'), Fraction(10, -4), Fraction(0, 5))
print(half == Fraction(2, 4), half < third, third < half, half <= half, sorted([half, third, Fraction(-1)]))
print(hash(Fraction(4, 2)) == hash(2), len({Fraction(1, 2), Fraction(2, 4), Fraction(3, 6)}))
print(float(Fraction(1, 3)), int(Fraction(-7, 2)), bool(Fraction(0)), f'{third:.5f}', f'[{third:>6}]')
print(repr(half), str(Fraction(6, 3)), Fraction(22, 7).decimal(30), Fraction(-1, 7).decimal(12))
for bad in (lambda: Fraction(1, 0), lambda: half / 0, lambda: Fraction(1.5), lambda: half + 0.5,
            lambda: half ** half):
    try:
        bad()
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)

harmonic = sum((Fraction(1, k) for k in range(1, 31)), Fraction(0))
print('H(30) =', harmonic)
print('H(30) ~', harmonic.decimal(20), f'{harmonic:.10f}')

e_approx = Fraction(0)
term = Fraction(1)
for k in range(1, 40):
    e_approx += term
    term = term / k
print('e ~', e_approx.decimal(50))
print('denominator digits:', len(str(e_approx.den)))

print()
a = Matrix([[2, -1, 0], [-1, 2, -1], [0, -1, 2]])
print(a)
print('det =', a.determinant())
inv = a.inverse()
print(inv)
print('a @ inv == I:', a @ inv == Matrix.identity(3))
print('solve:', [str(x) for x in a.solve([1, 0, 1])])
b = Matrix([['1/2', '1/3'], ['1/4', '1/5']])
print(b)
print('det(b) =', b.determinant(), ' inverse:')
print(b.inverse())
print((b @ b).transpose())
print(3 * b + b * Fraction(1, 2) == Matrix([['7/4', '7/6'], ['7/8', '7/10']]))

hilbert = Matrix([[Fraction(1, i + j + 1) for j in range(6)] for i in range(6)])
print('det(hilbert6) =', hilbert.determinant())
hinv = hilbert.inverse()
print('hilbert6 inverse corner:', hinv[0, 0], hinv[5, 5], hinv[2, 3])
print('max entry:', max(abs(v) for row in hinv.rows for v in row))

for bad in (lambda: Matrix([[1, 2], [3]]), lambda: Matrix([[1, 2], [2, 4]]).inverse(),
            lambda: a @ b, lambda: a + b, lambda: Matrix([[1, 2, 3]]).determinant()):
    try:
        bad()
    except MatrixError as e:
        print('MatrixError:', e)

fib = Matrix([[1, 1], [1, 0]])
power = Matrix.identity(2)
for _ in range(200):
    power = power @ fib
print('fib(200) =', power[0, 1])

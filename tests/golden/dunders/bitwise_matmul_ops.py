# Bitwise and matrix-multiplication operator overloading.
class Bits:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f'Bits({self.v:#06b})'
    def __and__(self, o): return Bits(self.v & int(o))
    def __rand__(self, o): return Bits(int(o) & self.v)
    def __or__(self, o): return Bits(self.v | int(o))
    def __ror__(self, o): return Bits(int(o) | self.v)
    def __xor__(self, o): return Bits(self.v ^ int(o))
    def __rxor__(self, o): return Bits(int(o) ^ self.v)
    def __lshift__(self, o): return Bits(self.v << int(o))
    def __rlshift__(self, o): return Bits(int(o) << self.v)
    def __rshift__(self, o): return Bits(self.v >> int(o))
    def __rrshift__(self, o): return Bits(int(o) >> self.v)
    def __invert__(self): return Bits(~self.v & 0b1111)
    def __int__(self): return self.v
b = Bits(0b1010)
print(b & 0b0110, 0b0110 & b, b | 1, 1 | b, b ^ 0b1111, 0b1111 ^ b)
print(b << 1, 1 << Bits(3), b >> 2, 64 >> Bits(2), ~b)
class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __rmatmul__(self, other):
        return 'rmatmul with ' + type(other).__name__
    def __repr__(self):
        return f'Matrix({self.rows})'
m = Matrix([[1, 2], [3, 4]])
ident = Matrix([[1, 0], [0, 1]])
print(m @ ident, m @ m, [1] @ m)
try:
    m @ 5
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    1 @ 2
except TypeError as e:
    print(type(e).__name__, e)
flags = {'read': 1, 'write': 2, 'exec': 4}
perm = flags['read'] | flags['exec']
print(perm, [name for name, bit in flags.items() if perm & bit], perm ^ 7, ~perm & 7)

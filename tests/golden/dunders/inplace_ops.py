# In-place operators and their fallback to binary operators.
class Acc:
    def __init__(self, items):
        self.items = list(items)
    def __iadd__(self, other):
        print('  __iadd__')
        self.items.extend(other)
        return self
    def __add__(self, other):
        print('  __add__')
        return Acc(self.items + list(other))
    def __repr__(self):
        return f'Acc({self.items})'
a = Acc([1])
orig = a
a += [2, 3]
print(a, a is orig)
b = a + [4]
print(b, b is a)
class NoInplace:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return NoInplace(self.v + other)
    def __sub__(self, other):
        return NoInplace(self.v - other)
n = NoInplace(10)
m = n
n += 5
n -= 1
print(n.v, m.v, n is m)
class AllInplace:
    def __init__(self):
        self.log = []
    def __isub__(self, o): self.log.append('isub'); return self
    def __imul__(self, o): self.log.append('imul'); return self
    def __itruediv__(self, o): self.log.append('itruediv'); return self
    def __ifloordiv__(self, o): self.log.append('ifloordiv'); return self
    def __imod__(self, o): self.log.append('imod'); return self
    def __ipow__(self, o): self.log.append('ipow'); return self
    def __ilshift__(self, o): self.log.append('ilshift'); return self
    def __irshift__(self, o): self.log.append('irshift'); return self
    def __iand__(self, o): self.log.append('iand'); return self
    def __ior__(self, o): self.log.append('ior'); return self
    def __ixor__(self, o): self.log.append('ixor'); return self
    def __imatmul__(self, o): self.log.append('imatmul'); return self
x = AllInplace()
x -= 1; x *= 1; x /= 1; x //= 1; x %= 1; x **= 1
x <<= 1; x >>= 1; x &= 1; x |= 1; x ^= 1; x @= 1
print(x.log)
class ReturnsOther:
    def __iadd__(self, other):
        return 'replaced'
r = ReturnsOther()
r += 1
print(r)
lst = [1, 2]
alias = lst
lst += (3,)
print(lst, alias, lst is alias)
t = (1, 2)
talias = t
t += (3,)
print(t, talias, t is talias)
s = 'ab'
s *= 3
print(s)
class Item:
    def __init__(self):
        self.count = 0
items = {'k': 0}
items['k'] += 5
obj = Item()
obj.count += 2
arr = [[0]]
arr[0][0] += 9
print(items, obj.count, arr)
tup = ([1],)
try:
    tup[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(tup)
try:
    n = NoInplace(1)
    n *= 2
except TypeError as e:
    print(type(e).__name__, e)

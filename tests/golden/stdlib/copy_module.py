# copy.copy and copy.deepcopy.
import copy
from collections import namedtuple, OrderedDict, defaultdict, Counter, deque

lst = [1, [2, 3], {'a': [4]}]
s = copy.copy(lst)
d = copy.deepcopy(lst)
print(s == lst, s is lst, s[1] is lst[1], d[1] is lst[1], d[2]['a'] is lst[2]['a'], d)
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy(t)[1] is t[1], copy.deepcopy((1, 2)) == (1, 2))


class P:
    def __init__(self, x):
        self.x = x
        self.items = [x]


p = P(5)
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
print(type(p2).__name__, p2.x, p2.items is p.items, p3.items is p.items, p3.items, p2 is p)


class S:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = [1]


s1 = S()
s2 = copy.copy(s1)
s3 = copy.deepcopy(s1)
print(s2.a is s1.a, s3.a is s1.a, s3.a, hasattr(s2, 'b'))


class C:
    def __init__(self):
        self.v = 1

    def __copy__(self):
        print('__copy__ called')
        r = C()
        r.v = 99
        return r

    def __deepcopy__(self, memo):
        print('__deepcopy__ called', type(memo).__name__)
        return 'deep'


print(copy.copy(C()).v, copy.deepcopy(C()))


class R:
    def __init__(self, a):
        self.a = a

    def __reduce__(self):
        print('reduce')
        return (R, (self.a * 2,))


print(copy.copy(R(2)).a, copy.deepcopy(R(3)).a)


class G:
    def __init__(self):
        self.a = 1
        self.secret = 2

    def __getstate__(self):
        return {'a': self.a}

    def __setstate__(self, st):
        print('setstate', st)
        self.__dict__.update(st)
        self.restored = True


g = copy.copy(G())
print(g.__dict__)
a = [1]
a.append(a)
b = copy.deepcopy(a)
print(b[1] is b, b is not a, b)
dd = {'k': a}
memo = {}
x = copy.deepcopy([dd, dd], memo)
print(x[0] is x[1], len(memo) > 0)
Pt = namedtuple('Pt', 'x y')
pt = Pt([1], 2)
print(copy.copy(pt), copy.deepcopy(pt), copy.deepcopy(pt).x is pt.x, type(copy.deepcopy(pt)).__name__)
od = OrderedDict(a=[1], b=2)
print(copy.copy(od), copy.deepcopy(od)['a'] is od['a'])
ddf = defaultdict(list, {'x': [1]})
c2 = copy.deepcopy(ddf)
print(c2, c2['x'] is ddf['x'], copy.copy(ddf))
print(copy.copy(Counter('aab')), copy.deepcopy(deque([[1], 2], maxlen=5)))


class L(list):
    pass


ll = L([1, [2]])
ll.tag = 't'
lc = copy.copy(ll)
ldc = copy.deepcopy(ll)
print(type(lc).__name__, lc, lc.tag, ldc[1] is ll[1], ldc.tag)


class DD(dict):
    pass


dx = DD(a=[1])
dx.z = 5
print(type(copy.copy(dx)).__name__, copy.deepcopy(dx), copy.deepcopy(dx).z)


class I(int):
    pass


i = I(7)
i.q = 1
ci = copy.copy(i)
print(type(ci).__name__, ci, ci.q)
print(copy.copy(int), copy.deepcopy(len) is len, copy.copy({1, 2}), copy.deepcopy(frozenset([1])))
print(copy.copy(b'x'), copy.deepcopy(bytearray(b'ab')), copy.copy(range(3)), copy.deepcopy(None))
f = lambda: 0
print(copy.copy(f) is f, copy.deepcopy(f) is f)
print(copy.Error, copy.error is copy.Error)


class Old:
    def __init__(self, n):
        self.n = n

    def __getnewargs__(self):
        return (self.n,)

    def __new__(cls, n):
        o = object.__new__(cls)
        o.made = n
        return o


print(copy.copy(Old(4)).made)
grid = [[0] * 3 for _ in range(2)]
g2 = copy.deepcopy(grid)
g2[0][0] = 9
print(grid, g2)
shared = [1]
pair = [shared, shared]
cp = copy.deepcopy(pair)
print(cp[0] is cp[1], cp[0] is shared)

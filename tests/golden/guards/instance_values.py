# Instance attributes kept inline (LOAD_ATTR_INSTANCE_VALUE /
# STORE_ATTR_INSTANCE_VALUE): the order vars() shows, every way an
# instance leaves the inline layout for a real dict (its __dict__ asked
# for, an attribute deleted, attributes stored out of order, more names
# than the shared keys hold), and hot sites that keep running while that
# happens to the instances passing through them.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)

    def move(self, dx, dy):
        self.x += dx
        self.y += dy


def read_all(objs):
    out = []
    for o in objs:
        out.append(o.x * 10 + o.y)
    return out


def touch_all(objs, k):
    for o in objs:
        o.x = k
        o.y = k + 1


# Warm the sites on plain instances.
ps = [P(i, i + 1) for i in range(40)]
print(sum(read_all(ps)), sum(p.norm1() for p in ps))
touch_all(ps, 3)
print(read_all(ps)[:3], vars(ps[0]))

# Out-of-order stores: the order vars() shows is the order of the stores.
q = P.__new__(P)
q.y = 1
q.x = 2
print(vars(q), read_all([q]))
r = P.__new__(P)
r.x = 5
print(vars(r))
try:
    read_all([r])
except AttributeError as e:
    print('AttributeError:', e)
r.y = 6
print(vars(r), read_all([r]))

# Missing attributes, then a gap filled later.
g = P.__new__(P)
g.y = 7
print(hasattr(g, 'x'), getattr(g, 'x', 'none'), vars(g))
g.x = 8
print(vars(g), read_all([g]))

# The __dict__ asked for, then written through and through the instance.
d = P(1, 2)
dd = d.__dict__
dd['x'] = 100
d.y = 200
print(read_all([d]), dd, d.__dict__ is dd)
dd['z'] = 'new'
print(d.z, vars(d))
touch_all([d], 9)
print(dd)

# Deleting: the attribute is gone, the others keep their places.
e = P(1, 2)
del e.x
print(vars(e), hasattr(e, 'x'))
try:
    read_all([e])
except AttributeError as err:
    print('AttributeError:', err)
e.x = 3
print(vars(e), read_all([e]))
try:
    del e.nothing
except AttributeError as err:
    print('AttributeError:', err)

# A mixed stream through hot sites: inline, materialised, out of order.
mixed = [P(i, i) for i in range(6)] + [q, g, d, e]
for i in range(3):
    touch_all(mixed, i)
    print(read_all(mixed))
print([vars(m) for m in mixed[-4:]])

# More attribute names than the shared keys hold.
class Wide:
    pass

w = Wide()
for i in range(40):
    setattr(w, 'a%d' % i, i)
print(len(vars(w)), w.a0, w.a39, list(vars(w))[:3], list(vars(w))[-2:])
w2 = Wide()
w2.a39 = 'last'
w2.a0 = 'first'
print(vars(w2))
for obj in (w, w2):
    print(obj.a0, obj.a39)

# Instance attributes named like methods and class attributes shadow them.
class S:
    kind = 'class'

    def f(self):
        return 'method'

s1 = S()
s2 = S()
s2.f = lambda: 'instance'
s2.kind = 'instance'
for o in (s1, s2, s1, s2):
    print(o.f(), o.kind)
del s2.f
print(s2.f(), s2.kind, vars(s2))

# A data descriptor added to the class later wins over the inline value;
# removing it brings the value back.
class T:
    def __init__(self):
        self.v = 'inline'

def read_v(o):
    return o.v

t = T()
for _ in range(10):
    read_v(t)
T.v = property(lambda self: 'property')
print(read_v(t), vars(t))
del T.v
print(read_v(t))

# Subclasses: the same names stored in another order, a site shared by both.
class Q(P):
    def __init__(self, x, y):
        self.y = y
        self.x = x

class R(P):
    def __init__(self, x, y):
        self.extra = 0
        P.__init__(self, x, y)

objs = [P(1, 2), Q(3, 4), R(5, 6)] * 3
print(read_all(objs))
touch_all(objs, 4)
print([vars(o) for o in objs[:3]])
for o in objs[:3]:
    o.move(1, 1)
print(read_all(objs[:3]))

# __slots__ with __dict__: the slots and the inline values side by side.
class SD:
    __slots__ = ('a', '__dict__')

    def __init__(self):
        self.a = 1
        self.b = 2

sd = SD()
sd.c = 3
print(sd.a, sd.b, sd.c, vars(sd))
sd.__dict__ = {'z': 26}
print(vars(sd), sd.a, hasattr(sd, 'b'))

# object.__setattr__ / __getattr__ fallbacks and a custom __setattr__.
class G:
    def __getattr__(self, name):
        return 'fallback ' + name

class L:
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2)

gg = G()
gg.real = 1
print(gg.real, gg.missing)
ll = L()
ll.a = 1
ll.b = 'x'
print(vars(ll), ll.a, ll.b)

# Replacing __dict__ wholesale.
rep = P(1, 2)
rep.__dict__ = {'y': 20, 'x': 10}
print(read_all([rep]), vars(rep))
try:
    rep.__dict__ = 5
except TypeError as err:
    print('TypeError:', err)

# Equality and repr through __dict__, the dataclass way.
class V:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __eq__(self, other):
        return self.__dict__ == other.__dict__

    def __repr__(self):
        return 'V(%s)' % ', '.join('%s=%r' % kv for kv in self.__dict__.items())

print(V(1, 2) == V(1, 2), V(1, 2) == V(2, 1), [V(1, 'b'), V(2, None)])

# Writes through a method while another site reads.
pts = [P(i, -i) for i in range(5)]
for _ in range(3):
    for p in pts:
        p.move(2, -2)
print(read_all(pts), sum(p.norm1() for p in pts))

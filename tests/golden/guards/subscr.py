# Subscript loads and stores warmed up on list[int], tuple[int] and dict[key],
# then given negative and out-of-range indexes, bools, big ints, __index__
# objects, slices, list/tuple/dict subclasses with __getitem__ / __missing__ /
# __setitem__, strings, and unhashable keys.

N = 2000

def get(c, i):
    return c[i]

def put(c, i, v):
    c[i] = v
    return c

def warm_get(c, i):
    r = None
    for _ in range(N):
        r = get(c, i)
    return r

def show(f, *args):
    try:
        r = f(*args)
    except (IndexError, KeyError, TypeError, ValueError, OverflowError, LookupError) as e:
        r = '%s: %s' % (type(e).__name__, e)
    print(repr(r))

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

class BadIdx:
    def __index__(self):
        return 'no'

lst = list(range(10))
tup = tuple(range(10, 20))
print('list', warm_get(lst, 3), 'tuple', warm_get(tup, 3), 'str', warm_get('abcdef', 3))
for c in (lst, tup, 'abcdefghij', b'abcdefghij', range(100, 110)):
    for i in (0, 9, -1, -10, 10, -11, True, False, 2 ** 63, -2 ** 63, 2 ** 100,
              Idx(2), Idx(-2), Idx(2 ** 64), BadIdx(), 1.0, '1', None, slice(2, 5),
              slice(None, None, -3), slice(2 ** 100, None)):
        show(get, c, i)
print('list again', warm_get(lst, 3), 'tuple again', warm_get(tup, -1))

# Lists that change size under a warmed index.
grow = [0]
out = []
for i in range(N):
    grow.append(i)
    out.append(get(grow, i))
print(sum(out), get(grow, -1))
while len(grow) > 3:
    grow.pop()
show(get, grow, 5)

# STORE_SUBSCR_LIST_INT
store = [0] * 10
for i in range(N):
    put(store, i % 10, i)
print('store', store)
for i, v in ((-1, 'neg'), (True, 'bool'), (Idx(3), 'idx'), (slice(0, 2), ['s', 'l', 'i']),
             (slice(0, 6, 2), [1, 2]), (10, 'oob'), (-100, 'oob'), (2 ** 70, 'big'), ('k', 'str'),
             (1.5, 'float')):
    show(put, store, i, v)
show(put, (1, 2), 0, 5)
show(put, 'abc', 0, 'x')

# BINARY_SUBSCR_DICT / STORE_SUBSCR_DICT
d = {'a': 1, 2: 'two', (1, 2): 'tuple', 2.5: 'float', None: 'none', frozenset([1]): 'fs'}
print('dict', warm_get(d, 'a'), warm_get(d, 2))
for k in ('a', 2, 2.0, True, 1, (1, 2), 2.5, None, frozenset([1]), 'missing', [1], {}, 3):
    show(get, d, k)
dd = {}
for i in range(N):
    put(dd, i % 7, i)
print('dict store', sorted(dd.items()))
show(put, dd, [1], 1)
show(put, dd, 2 ** 100, 'big')
show(put, dd, 1.0, 'float replaces int key')
print(sorted(dd.items(), key=repr))

class KeyObj:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return hash(self.k)
    def __eq__(self, o):
        return isinstance(o, KeyObj) and o.k == self.k or o == self.k
    def __repr__(self):
        return 'KeyObj(%r)' % (self.k,)

kd = {1: 'one', 'x': 'ex'}
show(get, kd, KeyObj(1))
show(get, kd, KeyObj('x'))
show(get, kd, KeyObj(3))

# Subclasses reaching the same sites.
class Missing(dict):
    def __missing__(self, key):
        return 'missing ' + repr(key)

class Getter(dict):
    def __getitem__(self, key):
        return 'getter ' + repr(key)

class Setter(dict):
    def __setitem__(self, key, value):
        dict.__setitem__(self, key, ('set', value))

class MyList(list):
    def __getitem__(self, i):
        return 'MyList ' + repr(i)

class MyTuple(tuple):
    pass

class Seq:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError('seq index out of range')
        return i * 2

m = Missing(a=1)
print(warm_get(m, 'a'), warm_get(m, 'b'), 'b' in m)
print(warm_get(Getter(a=1), 'a'), get(MyList([1, 2]), 0), get(MyTuple((7, 8)), -1), get(Seq(), 3))
show(get, Seq(), 4)
show(get, MyTuple(()), 0)
s = Setter()
for i in range(N):
    put(s, 'k', i)
print(s, put({}, 'k', 1))
show(get, 5, 0)
show(get, None, 'x')
show(put, 5, 0, 1)
show(put, frozenset(), 0, 1)

# Missing added to the class after the site was warmed.
class Late(dict):
    pass
late = Late(x=1)
print(warm_get(late, 'x'))
show(get, late, 'y')
Late.__missing__ = lambda self, k: 'late ' + k
show(get, late, 'y')
del Late.__missing__
show(get, late, 'y')

# Nested subscripts and augmented assignment on subscripts.
grid = [[0] * 3 for _ in range(3)]
for i in range(N):
    grid[i % 3][(i // 3) % 3] += 1
print(grid)
counts = {}
for w in 'the quick brown fox jumps over the lazy dog the end'.split() * 50:
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items()))
tl = ([1],)
try:
    tl[0] += [2]
except TypeError as e:
    print('TypeError', e, tl)

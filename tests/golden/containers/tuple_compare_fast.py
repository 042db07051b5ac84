# Tuple and str ordering: exact tuples whose items compare without Python
# code are compared inline; everything else goes through the slots. Both
# must agree with CPython, errors included.
import itertools

nan = float('nan')
vals = [(), (1,), (1, 2), (1, 2.0), (1, 3), (2,), ('a',), ('a', 'b'), ('ab',), ('b',),
        (None,), (True, 1), (1, True), (nan,), ((1, 2), 3), ((1, 3),), (2 ** 80, 1), (2 ** 80,)]
ops = ['<', '<=', '==', '!=', '>', '>=']
for a, b in itertools.product(vals, repeat=2):
    row = []
    for op in ops:
        try:
            row.append(str(eval('a %s b' % op)))
        except TypeError as e:
            row.append('TypeError')
    print(a, b, ' '.join(row))

strs = ['', 'a', 'A', 'ab', 'b', 'é', 'z', '日本', '\U0001f40d', 'a\x00', 'ä']
print(sorted(strs))
print([(x < y, x >= y) for x, y in zip(strs, strs[1:])])
print(sorted([(s, len(s)) for s in strs], reverse=True)[:4])


class S(str):
    def __lt__(self, other):
        print('  S.__lt__')
        return True

print(S('z') < 'a', ('x', S('z')) < ('x', 'a'))


class T(tuple):
    def __lt__(self, other):
        return 'T.__lt__'

print(T((1,)) < (2,), (1,) < T((0,)))


class Loud:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print('  eq', self.v)
        return isinstance(other, Loud) and self.v == other.v

    def __lt__(self, other):
        print('  lt', self.v)
        return self.v < other.v

print((1, Loud(1)) < (1, Loud(2)), (0, Loud(1)) < (1, Loud(2)), (1, Loud(3)) == (1, Loud(3)))
try:
    (1, 'a') < (1, 2)
except TypeError as e:
    print('TypeError:', e)
try:
    'a' < 1
except TypeError as e:
    print('TypeError:', e)
print(max([(3, 'c'), (3, 'd'), (1, 'z')]), min(('b', 2), ('b', 1)))

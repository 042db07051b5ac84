# `x in s` for sets and frozensets: keys that compare without Python code
# (ints, floats, strs, tuples), keys whose __eq__ / __hash__ run Python code,
# unhashable keys (a set is looked up as a frozenset), and errors.

s = {1, 2.5, 'a', (1, 2), None, True, frozenset({3})}
fs = frozenset(s)
for k in [1, 1.0, True, 2.5, 'a', 'b', (1, 2), (1, 2.0), (2, 1), None, 0, frozenset({3}), {3}, set()]:
    print(repr(k), k in s, k in fs, k not in s)


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        print('  hash', self.v)
        return hash(self.v)

    def __eq__(self, other):
        print('  eq', self.v, other.v if isinstance(other, Key) else other)
        return self.v == (other.v if isinstance(other, Key) else other)


keys = {Key(1), Key('x')}
print(Key(1) in keys, Key(2) in keys, 1 in keys, 'x' in keys, 'y' in keys)


class BadHash:
    def __hash__(self):
        raise RuntimeError('no hash today')


for probe in ([1], {'a': 1}, BadHash()):
    try:
        print(probe in s)
    except (TypeError, RuntimeError) as e:
        print(type(e).__name__, e)


class Unhashable(set):
    pass

print(Unhashable({3}) in s, Unhashable() in s)


class EqRaises:
    def __hash__(self):
        return 1

    def __eq__(self, other):
        raise ValueError('eq failed')

try:
    print(EqRaises() in {1, EqRaises()})
except ValueError as e:
    print('ValueError', e)
print(EqRaises() in {2, 3}, 1 in {EqRaises()} if False else 'skipped')

big = set(range(0, 10000, 3))
print(sum(1 for i in range(10000) if i in big), -3 in big, 9999 in big, 2 ** 70 in big)

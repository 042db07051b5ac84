# hash() of ints, floats, tuples and friends (deterministic values only).
for v in [0, 1, -1, -2, 2 ** 31, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 62, -(2 ** 61), 10 ** 30, -(10 ** 30)]:
    print(v, hash(v))
for v in [0.0, -0.0, 0.5, 1.0, 2.5, -2.5, 1e-3, 1e10, 3.14159, 1e300, float('inf'), float('-inf')]:
    print(v, hash(v))
for v in [(), (0,), (1,), (1, 2), (2, 1), ((1, 2), 3), (True, False), (1.5, -1), (1, (2, (3, (4,))))]:
    print(v, hash(v))
print(hash(None) == hash(None), hash(True), hash(False), hash(1) == hash(1.0) == hash(True) == hash(1 + 0j))
print(hash(frozenset()), hash(range(0)) == hash(range(1, 1)), hash(5j), hash(1.5 + 2j))
class H:
    def __hash__(self):
        return 123
print(hash(H()))
class Big:
    def __hash__(self):
        return 2 ** 70
print(hash(Big()))
class NegOne:
    def __hash__(self):
        return -1
print(hash(NegOne()))
class Bad:
    def __hash__(self):
        return 'x'
try:
    hash(Bad())
except TypeError as e:
    print(type(e).__name__, e)
class EqOnly:
    def __eq__(self, other):
        return True
try:
    hash(EqOnly())
except TypeError as e:
    print(type(e).__name__, e)
for v in ([], {}, set(), bytearray()):
    try:
        hash(v)
    except TypeError as e:
        print(type(e).__name__, e)

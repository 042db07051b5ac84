# Comparisons, hashing and int/float mixing.
print(0.1 + 0.2 > 0.3, 1.0 == 1, 1.5 > 1, -0.0 == 0.0, -0.0 < 0.0)
print(hash(0.0), hash(-0.0), hash(1.0), hash(1.5), hash(-1.5), hash(0.1))
print(hash(1e100), hash(float('inf')), hash(float('-inf')), hash(2.0 ** 61))
print(sorted([3.5, -1.0, 2, 0.0, -0.0, 1e-9, True]))
d = {}
d[1.0] = 'float'
d[1] = 'int'
print(d)
print({0.5, 0.5, 1.0, 1}, len({-0.0, 0.0}))
print(max([1.5, 2, 2.0]), max([2.0, 2]), min([0.0, -0.0]), min([-0.0, 0.0]))
print(float('nan') in [float('nan')])
n = float('nan')
print(n in [n], [n] == [n], (n,) == (n,), n is n)
print(1e300 * 1e10 == float('inf'), -1e300 * 1e10 == float('-inf'))
print(2 ** 63 == 2.0 ** 63, 2 ** 63 + 1 == 2.0 ** 63, 2 ** 63 + 1 > 2.0 ** 63)
print(10 ** 400 > float('inf'), 10 ** 400 > 1e308, -(10 ** 400) < -1e308)

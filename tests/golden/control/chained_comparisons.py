# Chained comparisons evaluate each operand once and short-circuit.
x = 5
print(1 < x < 10, 1 < x > 3, 10 > x >= 5, x == 5 == 5.0, 1 < 2 < 3 < 4 < 5, 1 < 3 < 2 < 4)
print(1 == 1 != 2, 'a' < 'b' <= 'b' < 'c', [] == [] is not None, 1 in [1] in [[1]])
calls = []
def val(v):
    calls.append(v)
    return v
print(val(1) < val(2) < val(3), calls)
calls.clear()
print(val(3) < val(2) < val(1), calls)
calls.clear()
print(val(1) < val(5) > val(4) == val(4), calls)
a = b = c = 0
print(a == b == c, a is b is c, a < b < c)
print(0 <= x < 10 and x % 2 == 1, not 0 < x < 3)
def in_range(v, lo=0, hi=100):
    return lo <= v <= hi
print([in_range(v) for v in (-1, 0, 50, 100, 101)])
print((1 < 2) < 3, 1 < (2 < 3), (1 < 2) == True)
print(None is None is not False, 2 not in [1] not in [[2]])

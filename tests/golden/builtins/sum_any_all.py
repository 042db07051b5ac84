# sum(), any(), all().
print(sum([1, 2, 3]), sum([]), sum([1, 2], 10), sum(range(101)), sum([0.1] * 10), sum([1, 2.5]), sum([True, True, False]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([1j, 2]), sum((x for x in range(5)), start=100))
print(sum([10 ** 20, 1, -10 ** 20]), sum([1e100, 1, -1e100]), sum([2 ** 64] * 3))
try:
    sum(['a', 'b'])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([b'a'], b'')
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum(5)
except TypeError as e:
    print(type(e).__name__, e)
print(any([]), all([]), any([0, '', None]), any([0, 1]), all([1, 'x', [0]]), all([1, 0]))
print(any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in [1, 2, -1]), any('abc'), all(''), any({0: 'a'}))
seen = []
def check(x):
    seen.append(x)
    return x > 2
print(any(check(x) for x in [1, 3, 5, 7]), seen)
seen.clear()
print(all(check(x) for x in [5, 4, 1, 9]), seen)
# The int and float accumulators: overflow into big ints mid-sum, ints then
# floats then ints, bools, int subclasses, floats of every size, -0.0, nan, inf.
big = 2 ** 62
print(sum([big, big, big, -big]), sum([big] * 4), sum([-big] * 5), sum([9223372036854775807, 1]))
print(sum([1, 2, 0.5, 3, 2 ** 70]), sum([0.5, True, 2]), sum([1.5, 2 ** 80]), sum([True] * 3, False))
class MyInt(int):
    def __add__(self, other):
        return "MyInt+"
    def __radd__(self, other):
        return ("radd", other)
print(sum([1, 2, MyInt(3)]), sum([MyInt(3)]), sum([1.0, MyInt(2)]))
print(sum([-0.0, -0.0]), sum([-0.0], -0.0), sum([float('inf'), 1.0]), sum([float('nan'), 1]), sum([1e308, 1e308]))
print(sum([0.1, 0.2, 0.3]), sum([1e16, 1.0, -1e16]), sum(x / 3 for x in range(10)))

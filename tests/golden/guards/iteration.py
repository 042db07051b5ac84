# One for loop and one unpacking site fed a range, a list, a tuple, then
# generators, dicts, strings, custom iterables, lists mutated while being
# iterated, ranges with huge or negative bounds, and sequences of the wrong
# length for unpacking.

N = 2000

def total(xs):
    t = 0
    for x in xs:
        t += x
    return t

def collect(xs):
    out = []
    for x in xs:
        out.append(x)
    return out

def warm(f, arg, n=200):
    r = None
    for _ in range(n):
        r = f(arg)
    return r

print('range', warm(total, range(N)), warm(total, range(10, -10, -3)))
print('list', warm(total, list(range(N))), 'tuple', warm(total, tuple(range(N))))
print('range again', total(range(5)), total(range(0)), total(range(5, 0)))

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n

class OldStyle:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10

def gen(n):
    for i in range(n):
        yield i * i

class MyList(list):
    def __iter__(self):
        return iter([100, 200])

print('generator', total(gen(10)), 'custom', total(Countdown(5)), 'getitem', total(OldStyle()))
print('dict', total({1: 'a', 2: 'b', 40: 'c'}), 'set', total({5}), 'str', collect('abc'))
print('bytes', total(b'\x01\x02\x03'), 'MyList', total(MyList([1, 2, 3])))
print('float', total([0.1] * 10), 'mixed', total([1, 2.5, True]), 'big', total([2 ** 64] * 3))

# Huge and negative ranges.
big = 2 ** 63
print(collect(range(big - 2, big + 2)))
print(collect(range(-big - 1, -big + 2)))
print(collect(range(2 ** 100, 2 ** 100 + 3)), collect(range(10, 0, -4)))
print(collect(range(big, big - 10, -3)), collect(range(0, 10 ** 20, 10 ** 19))[-2:])
r = range(2 ** 64)
print(len(range(big - 1)), r[-1], r[big], range(-5, 5)[-3])
try:
    len(r)
except OverflowError as e:
    print('OverflowError', e)

# Lists mutated during iteration.
xs = [1, 2, 3]
seen = []
for x in xs:
    seen.append(x)
    if x < 6:
        xs.append(x + 3)
print(seen, xs)
xs = list(range(10))
seen = []
for x in xs:
    seen.append(x)
    if x % 2 == 0:
        xs.remove(x)
print(seen, xs)
xs = [1, 2, 3, 4]
seen = []
for x in xs:
    seen.append(x)
    xs.clear()
print(seen, xs)
xs = [5, 6, 7]
it = iter(xs)
print(next(it), list(it), list(it))
xs.append(8)
print(list(it))
for x in xs:
    xs[len(xs) - 1] = 'changed'
print(xs)
d = {1: 1}
try:
    for k in d:
        d[k + 1] = 1
except RuntimeError as e:
    print('RuntimeError', e)

# Early exits from specialised loops.
def first_neg(xs):
    for i, x in enumerate(xs):
        if x < 0:
            return i
    else:
        return -1
print(warm(first_neg, list(range(100))), first_neg((3, -1)), first_neg(range(-1, 5)), first_neg(iter([0, -5])))

# UNPACK_SEQUENCE at a warmed site.
def unpack2(seq):
    a, b = seq
    return a, b

def unpack3(seq):
    a, b, c = seq
    return c

def unpack_star(seq):
    a, *b, c = seq
    return a, b, c

print('two', warm(unpack2, (1, 2), N), warm(unpack2, [3, 4], N))
print('three', warm(unpack3, (1, 2, 3), N), warm(unpack3, [1, 2, 3], N), warm(unpack3, 'xyz'))
for seq in [(1, 2), [1, 2], 'ab', {'k': 1, 'j': 2}, range(2), gen(2), Countdown(2), OldStyle(),
            (1,), [1, 2, 3], '', (1, 2, 3), iter([1]), 5, None, b'xy', MyList([9])]:
    try:
        print(repr(unpack2(seq)))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for seq in [(1, 2, 3), [4, 5, 6], (1, 2), [1, 2, 3, 4], range(3), 'ab']:
    try:
        print(repr(unpack3(seq)))
    except ValueError as e:
        print(type(e).__name__, e)
for seq in [(1, 2), [1, 2, 3, 4], 'abc', (1,), range(5)]:
    try:
        print(repr(unpack_star(seq)))
    except ValueError as e:
        print(type(e).__name__, e)

def swap_loop(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print(swap_loop(10), swap_loop(100), swap_loop(N) % 1000003)

pairs = [(i, i * 2) for i in range(N)]
print(sum(a * b for a, b in pairs))
pairs[5] = [5, 10]
pairs[7] = 'xy'
pairs.append((1, 2, 3))
seen = []
try:
    for a, b in pairs:
        seen.append(a)
except ValueError as e:
    print('ValueError', e, len(seen), seen[5], seen[7])

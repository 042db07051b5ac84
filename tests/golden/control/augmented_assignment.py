# Augmented assignment with every operator.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x /= 4; print(x)
x //= 2; print(x)
x **= 3; print(x)
x %= 7; print(x)
n = 0b1100
n &= 0b1010; print(n)
n |= 0b0001; print(n)
n ^= 0b1111; print(n)
n <<= 3; print(n)
n >>= 2; print(n)
s = 'ab'
s += 'cd'
s *= 2
print(s)
lst = [1]
lst += [2]
lst *= 2
print(lst)
d = {'k': [1]}
d['k'] += [2]
d.setdefault('n', 0)
d['n'] += 1
print(d)
class P:
    v = 1
p = P()
p.v += 1
print(p.v, P.v)
grid = [[1, 2], [3, 4]]
grid[1][0] *= 10
print(grid)
calls = []
def key():
    calls.append('key')
    return 'k'
store = {'k': 1}
store[key()] += 1
print(store, calls)
big = 2 ** 64
big += 1
big *= big
print(big)
f = 1.5
f //= 0.4
print(f)
t = (1,)
t += (2,)
print(t)
fs = frozenset({1})
fs |= {2}
print(sorted(fs), type(fs).__name__)
try:
    undefined_var += 1
except NameError as e:
    print(type(e).__name__, e)
def local_aug():
    try:
        counter += 1
    except UnboundLocalError as e:
        return str(e)
print(local_aug())

# Slice assignment and deletion on lists.
a = list(range(10))
a[2:5] = ['a', 'b']
print(a)
a[:0] = [-2, -1]
print(a)
a[len(a):] = [100]
print(a)
a[1:3] = []
print(a)
a[::2] = 'XYZWV'
print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
del a[::3]
print(a)
del a[-2:]
print(a)
del a[1]
print(a)
b = [1, 2, 3, 4, 5]
b[1:4] = b
print(b)
c = [1, 2, 3]
c[5:10] = [9]
print(c)
c[-10:1] = ['start']
print(c)
d = list(range(8))
d[::-2] = [0, 0, 0, 0]
print(d)
d[2:6:3] = 'pq'
print(d)
e = [1, 2, 3]
e[1:1] = [7, 8]
print(e)
e[:] = (x * 10 for x in e)
print(e)
del e[:]
print(e)
try:
    e[0] = 1
except IndexError as ex:
    print(type(ex).__name__, ex)
try:
    del e[0]
except IndexError as ex:
    print(type(ex).__name__, ex)
try:
    e[0:1] = 5
except TypeError as ex:
    print(type(ex).__name__, ex)
f = [0, 1, 2, 3, 4]
print(f[-1], f[-5], f[1:-1], f[::-1], f[10:], f[-10:2])
f[-1] = 'end'
print(f)

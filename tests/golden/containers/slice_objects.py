# slice objects.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, None), slice(None, None, -1))
data = list(range(20))
print(data[s], data[slice(5)], data[slice(-3, None)], data[slice(None, None, -5)])
print(s.indices(5), slice(None, None, -1).indices(10), slice(-100, 100).indices(7), slice(2, -2, 3).indices(10))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, None) == slice(1, 2))
print('hello world'[slice(0, 5)], (1, 2, 3)[slice(1, None)], range(10)[slice(2, 8, 2)])
class Recorder:
    def __getitem__(self, key):
        return key
r = Recorder()
print(r[1], r[1:2], r[::3], r[1:2, 3], r[...], r[:, 1], r[1:2:3])
print(type(r[1:2]).__name__, r[-1:], r['a':'b'])
try:
    slice(0, 10, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    hash(slice(1, 2))
except TypeError as e:
    print(type(e).__name__, e)

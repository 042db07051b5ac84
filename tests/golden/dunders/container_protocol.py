# __len__, __getitem__, __setitem__, __delitem__, __contains__, __missing__.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __len__(self):
        return self.w * self.h
    def __getitem__(self, key):
        if isinstance(key, tuple):
            x, y = key
            if not (0 <= x < self.w and 0 <= y < self.h):
                raise IndexError(f'cell {key} out of range')
            return self.cells.get(key, '.')
        if isinstance(key, int):
            return [self[key, y] for y in range(self.h)]
        raise TypeError(f'bad key type {type(key).__name__}')
    def __setitem__(self, key, value):
        print('  set', key, value)
        self.cells[key] = value
    def __delitem__(self, key):
        print('  del', key)
        del self.cells[key]
    def __contains__(self, value):
        return value in self.cells.values()
g = Grid(3, 2)
g[0, 0] = 'X'
g[2, 1] = 'O'
print(len(g), g[0, 0], g[1, 1], g[2], 'X' in g, 'Z' in g, 'Z' not in g)
del g[0, 0]
print('X' in g, bool(g))
for bad in ((5, 5), 'k'):
    try:
        g[bad]
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    del g[9, 9]
except KeyError as e:
    print(type(e).__name__, e)
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError
        return i * i
sq = Squares()
print(list(sq), 9 in sq, 10 in sq, [x for x in sq if x % 2])
a, b, *c = sq
print(a, b, c)
class SliceAware:
    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return ('slice', idx.start, idx.stop, idx.step)
        return ('index', idx)
sa = SliceAware()
print(sa[3], sa[1:5], sa[::2], sa[-1])
class Defaults(dict):
    def __missing__(self, key):
        self[key] = len(key)
        return self[key]
dd = Defaults()
print(dd['hello'], dd['hi'], dd, dd.get('nope'), 'nope' in dd)
class NoLenNoContains:
    def __iter__(self):
        yield from [1, 2, 3]
print(2 in NoLenNoContains(), 4 in NoLenNoContains())
try:
    len(NoLenNoContains())
except TypeError as e:
    print(type(e).__name__, e)
class ReadOnlySeq:
    def __getitem__(self, i):
        return i
try:
    ReadOnlySeq()[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del ReadOnlySeq()[0]
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)

# __getattr__ and __getattribute__.
class Fallback:
    existing = 'real attribute'
    def __getattr__(self, name):
        if name.startswith('dyn_'):
            return 'dynamic ' + name[4:]
        raise AttributeError(f'{type(self).__name__!r} has no {name!r}')
f = Fallback()
print(f.existing, f.dyn_value, getattr(f, 'dyn_x'), hasattr(f, 'dyn_y'), hasattr(f, 'other'))
try:
    f.other
except AttributeError as e:
    print(type(e).__name__, e)
class Logged:
    def __init__(self):
        self.value = 10
    def __getattribute__(self, name):
        if not name.startswith('__'):
            print('  access', name)
        return super().__getattribute__(name)
    def method(self):
        return self.value * 2
lg = Logged()
print(lg.value)
print(lg.method())
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, '_target', target)
    def __getattr__(self, name):
        return getattr(self._target, name)
pr = Proxy([3, 1, 2])
pr.append(0)
pr.sort()
print(pr._target, pr.count(1), pr.index(3))
class Both:
    def __getattribute__(self, name):
        if name == 'special':
            raise AttributeError('raised by __getattribute__')
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return 'recovered ' + name
b = Both()
print(b.special, b.anything)
class Records:
    def __init__(self, **fields):
        self._fields = fields
    def __getattr__(self, name):
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(name) from None
r = Records(x=1, y=2)
print(r.x, r.y, getattr(r, 'z', 'default z'))
class Chain:
    def __init__(self, path=''):
        self.path = path
    def __getattr__(self, name):
        return Chain(self.path + '/' + name)
print(Chain().api.users.list.path)

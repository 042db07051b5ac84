# __setattr__ and __delattr__.
class Frozen:
    def __init__(self, x):
        object.__setattr__(self, 'x', x)
    def __setattr__(self, name, value):
        raise AttributeError(f'cannot set {name!r}: frozen')
    def __delattr__(self, name):
        raise AttributeError(f'cannot delete {name!r}: frozen')
fr = Frozen(5)
print(fr.x)
try:
    fr.x = 6
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del fr.x
except AttributeError as e:
    print(type(e).__name__, e)
class Tracked:
    def __init__(self):
        self.changes = []
        self.a = 1
    def __setattr__(self, name, value):
        if name != 'changes':
            self.changes.append((name, value))
        super().__setattr__(name, value)
    def __delattr__(self, name):
        self.changes.append(('del', name))
        super().__delattr__(name)
t = Tracked()
t.a = 2
t.b = 'new'
del t.b
print(t.changes, t.a, hasattr(t, 'b'))
class Lower:
    def __setattr__(self, name, value):
        object.__setattr__(self, name.lower(), value)
lw = Lower()
lw.NAME = 'x'
setattr(lw, 'Mixed', 'y')
print(sorted(vars(lw).items()))
class Validated:
    def __setattr__(self, name, value):
        if name == 'age' and value < 0:
            raise ValueError('age must be >= 0')
        self.__dict__[name] = value
v = Validated()
v.age = 5
try:
    v.age = -1
except ValueError as e:
    print(type(e).__name__, e)
print(v.age)
class Base:
    def __setattr__(self, name, value):
        super().__setattr__(name, value * 2 if isinstance(value, int) else value)
class Derived(Base):
    pass
dv = Derived()
dv.n = 21
dv.s = 'str'
print(dv.n, dv.s)

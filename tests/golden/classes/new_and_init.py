# __new__ and __init__ interplay.
class Traced:
    def __new__(cls, *args):
        print('__new__', cls.__name__, args)
        inst = super().__new__(cls)
        inst.created = True
        return inst
    def __init__(self, value):
        print('__init__', value)
        self.value = value
t = Traced(5)
print(t.created, t.value)
class Skip:
    def __new__(cls):
        return 'not an instance'
    def __init__(self):
        print('never called')
print(Skip())
class Positive(int):
    def __new__(cls, value):
        return super().__new__(cls, abs(value))
p = Positive(-7)
print(p, p + 1, type(p).__name__)
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    @property
    def y(self):
        return self[1]
pt = Point(3, 4)
print(pt, pt.x, pt.y, len(pt), pt == (3, 4), isinstance(pt, tuple))
class Cached:
    _cache = {}
    def __new__(cls, key):
        if key in cls._cache:
            return cls._cache[key]
        inst = super().__new__(cls)
        cls._cache[key] = inst
        return inst
    def __init__(self, key):
        self.key = key
        self.inits = getattr(self, 'inits', 0) + 1
a = Cached('a')
b = Cached('a')
c = Cached('c')
print(a is b, a is c, a.inits, c.inits)
class NoInitArgs:
    pass
try:
    NoInitArgs(1)
except TypeError as e:
    print(type(e).__name__, e)
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print(type(e).__name__, e)

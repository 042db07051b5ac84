# Descriptors with __get__, __set__, __delete__ and __set_name__.
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
        self.storage = '_' + name
        print('__set_name__', owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.storage, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f'{self.name} must be {self.kind.__name__}, got {type(value).__name__}')
        setattr(obj, self.storage, value)
    def __delete__(self, obj):
        print('deleting', self.name)
        delattr(obj, self.storage)
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person('Ann', 30)
print(p.name, p.age, sorted(vars(p)), type(Person.name).__name__, Person.age.name)
try:
    p.age = 'old'
except TypeError as e:
    print(type(e).__name__, e)
del p.age
print(p.age)
class NonData:
    def __get__(self, obj, objtype=None):
        return 'from non-data descriptor'
class Data:
    def __get__(self, obj, objtype=None):
        return 'from data descriptor'
    def __set__(self, obj, value):
        print('Data.__set__ ignores', value)
class Host:
    nd = NonData()
    d = Data()
h = Host()
print(h.nd, h.d)
h.__dict__['nd'] = 'instance wins over non-data'
h.__dict__['d'] = 'instance loses to data'
print(h.nd, h.d)
h.d = 5
print(Host.nd, Host.d)
class Owner:
    def __get__(self, obj, objtype):
        return (obj is None, objtype.__name__)
class UsesOwner:
    o = Owner()
class SubOwner(UsesOwner):
    pass
print(UsesOwner.o, UsesOwner().o, SubOwner.o, SubOwner().o)
class Counter:
    def __init__(self):
        self.reads = 0
    def __get__(self, obj, objtype=None):
        self.reads += 1
        return self.reads
class Watched:
    hits = Counter()
w = Watched()
print(w.hits, w.hits, Watched.hits)
class method_like:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return lambda *a: self.fn(obj, *a)
class UsesMethodLike:
    @method_like
    def add(self, x):
        return ('bound', x)
print(UsesMethodLike().add(5), type(UsesMethodLike.add).__name__)

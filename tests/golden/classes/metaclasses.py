# The metaclass keyword and type subclasses.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        ns['created_by'] = mcls.__name__
        ns['field_names'] = sorted(k for k in ns if not k.startswith('__'))
        cls = super().__new__(mcls, name, bases, ns)
        print('Meta.__new__', name, [b.__name__ for b in bases], sorted(kwargs.items()))
        return cls
    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)
        cls.init_kwargs = kwargs
    def __call__(cls, *args, **kwargs):
        print('Meta.__call__', cls.__name__, args)
        return super().__call__(*args, **kwargs)
    def __repr__(cls):
        return f'<class {cls.__name__} via Meta>'
class Model(metaclass=Meta):
    a = 1
    def method(self):
        return 'm'
class User(Model, flag=True):
    b = 2
    def __init__(self, name):
        self.name = name
print(Model.created_by, Model.field_names, User.field_names, User.init_kwargs)
u = User('ann')
print(u.name, type(User).__name__, repr(User), isinstance(User, Meta), isinstance(u, Model))
class Singleton(type):
    _instances = {}
    def __call__(cls, *args):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args)
        return cls._instances[cls]
class Database(metaclass=Singleton):
    def __init__(self, url):
        self.url = url
d1 = Database('first')
d2 = Database('second')
print(d1 is d2, d2.url)
class Upper(type):
    def __new__(mcls, name, bases, ns):
        new_ns = {(k.upper() if not k.startswith('__') else k): v for k, v in ns.items()}
        return type.__new__(mcls, name, bases, new_ns)
class Shout(metaclass=Upper):
    greeting = 'hi'
    def talk(self):
        return 'talking'
print(Shout.GREETING, Shout().TALK(), hasattr(Shout, 'greeting'))
class Prepared(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print('__prepare__', name)
        return {'injected': 'from prepare'}
class UsesPrepare(metaclass=Prepared):
    pass
print(UsesPrepare.injected)
Dyn = Meta('Dyn', (), {'z': 26})
print(Dyn.z, Dyn.field_names, type(Dyn) is Meta)
class M1(type): pass
class M2(type): pass
class C1(metaclass=M1): pass
class C2(metaclass=M2): pass
try:
    class C3(C1, C2):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(type(type), type(int), type(Meta), Meta.__mro__[1] is type)

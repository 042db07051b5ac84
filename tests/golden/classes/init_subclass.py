# __init_subclass__ hooks.
class Plugin:
    registry = {}
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        Plugin.registry[key] = cls
        print('registered', key, cls.__name__)
class Alpha(Plugin):
    pass
class Beta(Plugin, name='bee'):
    pass
class Gamma(Beta):
    pass
print(sorted(Plugin.registry), Plugin.registry['bee'] is Beta)
class Validated:
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if not hasattr(cls, 'required'):
            raise TypeError(f'{cls.__name__} must define required')
class Good(Validated):
    required = True
print('Good defined', Good.required)
try:
    class BadSub(Validated):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Counted:
    subclasses = 0
    def __init_subclass__(cls):
        Counted.subclasses += 1
        cls.order = Counted.subclasses
class First(Counted): pass
class Second(Counted): pass
class Third(First): pass
print(First.order, Second.order, Third.order, Counted.subclasses)
try:
    class Unexpected(Counted, flag=True):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class NoHook(object, flag=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)

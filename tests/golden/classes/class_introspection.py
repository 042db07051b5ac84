# Names, reprs and dicts of classes and instances (address-free).
class Outer:
    """Outer doc."""
    class Inner:
        pass
    def method(self):
        pass
print(Outer, Outer.Inner, repr(Outer), str(Outer.Inner))
print(Outer.__name__, Outer.__qualname__, Outer.Inner.__qualname__, Outer.__module__, Outer.__doc__)
print(sorted(k for k in Outer.__dict__ if not k.startswith('__')), '__doc__' in Outer.__dict__)
print(type(Outer.__dict__).__name__, Outer.Inner.__doc__)
class WithRepr:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f'WithRepr({self.v!r})'
print(WithRepr(1), [WithRepr('a')], {'k': WithRepr(None)}, str(WithRepr(2.5)))
class OnlyStr:
    def __str__(self):
        return 'only str'
o = OnlyStr()
print(o, str(o), f'{o}', '%s' % o, format(o))
print(type(o).__name__, o.__class__.__name__, o.__class__ is OnlyStr, type(o.__dict__).__name__)
print(int.__name__, int.__qualname__, int.__module__, object.__name__, type.__name__)
print(isinstance(Outer, type), Outer.__class__, Outer.__base__, Outer.Inner.__bases__)
def func():
    pass
class Meth:
    def m(self):
        pass
print(func.__name__, Meth.m.__name__, Meth.m.__qualname__, Meth().m.__name__)

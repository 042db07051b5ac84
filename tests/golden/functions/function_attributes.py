# Attributes of function objects.
def documented(a, b=2, *args, c=3, **kw):
    """This is the docstring."""
    return a
print(documented.__name__, documented.__qualname__, documented.__doc__)
print(documented.__defaults__, documented.__kwdefaults__, documented.__module__)
def nodoc():
    x = 1
print(nodoc.__doc__, nodoc.__defaults__, nodoc.__kwdefaults__)
class Outer:
    def method(self):
        def inner():
            pass
        return inner
    class Nested:
        def deep(self):
            pass
print(Outer.method.__qualname__, Outer().method().__qualname__, Outer.Nested.deep.__qualname__)
print((lambda: 0).__qualname__, Outer.Nested.__qualname__, Outer.__name__)
documented.custom = 'attached'
print(documented.custom, sorted(documented.__dict__))
documented.__name__ = 'renamed'
print(documented.__name__)
def f():
    pass
f.__doc__ = 'set later'
print(f.__doc__)
print(type(f).__name__, callable(f), f() is None)

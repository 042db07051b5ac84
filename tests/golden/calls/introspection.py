# Function and code objects as inspectable Python objects.
import types
def outer(a, b=2, *args, c, d=4, **kw):
    """Docstring of outer."""
    x = a + b
    def inner(y):
        return x + y
    return inner
print(outer.__name__, outer.__qualname__, outer.__module__, outer.__doc__)
print(outer.__defaults__, outer.__kwdefaults__)
co = outer.__code__
print(co.co_name, co.co_qualname, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)
print(co.co_varnames, co.co_cellvars, co.co_freevars, co.co_nlocals)
print(co.co_consts[0], co.co_flags & 0x0f, co.co_firstlineno)
inner = outer(1, c=3)
print(inner.__qualname__, inner.__code__.co_freevars, inner.__closure__[0].cell_contents, inner(10))
outer.__defaults__ = (100,)
print(outer(1, c=0)(0))
try:
    outer.__defaults__ = 5
except TypeError as e:
    print('TypeError', e)
def g():
    pass
g.attr = 'x'
print(g.__dict__, g.attr)
g.__code__ = (lambda: 'replaced').__code__
print(g())
f2 = types.FunctionType(inner.__code__, globals(), 'made', None, inner.__closure__)
print(f2(5), f2.__name__)
code = compile('a * 2', '<expr>', 'eval')
print(type(code).__name__, eval(code, {'a': 21}))
ns = {}
exec(compile('def h(q):\n    return q + 1\n', '<m>', 'exec'), ns)
print(ns['h'](1), ns['h'].__code__.co_varnames)
loc = {}
exec('z = y * 3', {'y': 2}, loc)
print(loc)
class K:
    def m(self):
        return 'm'
k = K()
print(k.m.__self__ is k, k.m.__func__ is K.m, K.m.__get__(k)(), types.MethodType(K.m, k)())
print(isinstance(outer, types.FunctionType), isinstance(len, types.BuiltinFunctionType))
print(types.SimpleNamespace(a=1, b='x'))

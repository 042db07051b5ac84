# types: the type names, SimpleNamespace, MethodType, new_class.
import types
import sys


def f():
    pass


class C:
    def m(self):
        pass


print(types.FunctionType, types.LambdaType is types.FunctionType, isinstance(f, types.FunctionType),
      isinstance(len, types.FunctionType))
print(types.MethodType, isinstance(C().m, types.MethodType), isinstance(C.m, types.MethodType))
print(types.BuiltinFunctionType, isinstance(len, types.BuiltinFunctionType),
      types.BuiltinMethodType is types.BuiltinFunctionType)
print(types.ModuleType, isinstance(sys, types.ModuleType), types.CodeType, types.GeneratorType,
      isinstance((x for x in ''), types.GeneratorType))
print(types.NoneType, types.EllipsisType, types.NotImplementedType, types.CellType, types.MappingProxyType,
      types.GenericAlias)
print(types.WrapperDescriptorType, types.MethodWrapperType, types.MethodDescriptorType,
      types.ClassMethodDescriptorType, types.GetSetDescriptorType)
print(types.TracebackType, types.FrameType, isinstance(f.__code__, types.CodeType))
ns = types.SimpleNamespace(a=1, b='x')
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b='x'), ns == types.SimpleNamespace(a=1), types.SimpleNamespace())
ns.c = [1]
del ns.a
print(ns, vars(ns), repr(ns))
ns.me = ns
print(ns)


class NS(types.SimpleNamespace):
    pass


print(NS(x=1), NS(x=1) == types.SimpleNamespace(x=1))
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print('TypeError', e)
m = types.ModuleType('mymod', 'docs')
print(m.__name__, m.__doc__, type(m))
m2 = types.MethodType(lambda self, x: (self, x), 5)
print(m2(3), m2.__self__)
X = types.new_class('X', (C,), {}, lambda ns: ns.update(v=42))
print(X.__name__, X.v, X.__mro__[1:])
print(types.resolve_bases((int, str)), types.prepare_class('Y', (int,)))


class Meta(type):
    pass


Y = types.new_class('Y', (), {'metaclass': Meta})
print(type(Y), Y.__name__)
mp = types.MappingProxyType({'k': 1})
print(mp['k'], len(mp), 'k' in mp, dict(mp))
try:
    mp['k'] = 2
except TypeError as e:
    print('TypeError', e)

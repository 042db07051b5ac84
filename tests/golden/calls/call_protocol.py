class Meta(type):
    def __call__(cls, *a, **k):
        print('Meta.__call__', cls.__name__, a, k)
        return super().__call__(*a, **k)
class A(metaclass=Meta):
    def __init__(self, x=0):
        self.x = x
a = A(5, )
print(a.x)
class C:
    pass
c = C()
print(callable(c))
C.__call__ = lambda self, v: v * 2
print(callable(c), c(21))
del C.__call__
try:
    c(1)
except TypeError as e:
    print(e)
import functools
p = functools.partial(int, base=2)
print(p('101'), type(len).__name__, type([].append).__name__, type(str.join).__name__, type(object.__init__).__name__, type((1).__add__).__name__)
class B:
    def m(self): pass
print(type(B().m).__name__, B().m.__func__ is B.m, B().m.__self__.__class__.__name__)
class N:
    def __new__(cls): return 42
    def __init__(self): print('never')
print(N())
class R:
    def __init__(self): return 1
try:
    R()
except TypeError as e:
    print(e)
import sys
print(sys.getrecursionlimit())
def deep(n): return deep(n + 1)
try:
    deep(0)
except RecursionError as e:
    print('RecursionError', e)
class Rep:
    def __repr__(self): return repr(self)
try:
    repr(Rep())
except RecursionError as e:
    print('RecursionError')
try:
    sorted([3, 1], key=lambda v: sorted([v], key=lambda w: 1 / 0))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)

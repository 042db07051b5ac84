# super() with zero arguments and with explicit arguments.
class Base:
    def __init__(self):
        self.log = ['Base.__init__']
    def greet(self):
        return 'Base.greet'
    @classmethod
    def make(cls):
        return 'Base.make(' + cls.__name__ + ')'
    @staticmethod
    def util():
        return 'Base.util'
class Mid(Base):
    def __init__(self):
        super().__init__()
        self.log.append('Mid.__init__')
    def greet(self):
        return 'Mid>' + super().greet()
    @classmethod
    def make(cls):
        return 'Mid>' + super().make()
class Leaf(Mid):
    def __init__(self):
        super(Leaf, self).__init__()
        self.log.append('Leaf.__init__')
    def greet(self):
        return 'Leaf>' + super(Leaf, self).greet()
    def skip(self):
        return super(Mid, self).greet()
    def util_via_super(self):
        return super().util()
obj = Leaf()
print(obj.log)
print(obj.greet(), obj.skip(), obj.util_via_super())
print(Leaf.make(), Mid.make(), Base.make())
print(super(Leaf, obj).greet(), super(Mid, obj).greet())
class A:
    def f(self):
        return ['A']
class B(A):
    def f(self):
        return ['B'] + super().f()
class C(A):
    def f(self):
        return ['C'] + super().f()
class D(B, C):
    def f(self):
        return ['D'] + super().f()
print(D().f(), super(B, D()).f(), super(C, D()).f())
class WithProp(Base):
    @property
    def value(self):
        return 'prop from ' + super().greet()
print(WithProp().value)
class Str(str):
    def __str__(self):
        return 'custom:' + super().__str__()
    def upper(self):
        return super().upper() + '!'
s = Str('abc')
print(str(s), s.upper(), len(s))
class ListWithLog(list):
    def append(self, x):
        super().append(x * 10)
l = ListWithLog()
l.append(1)
l.append(2)
print(l)
try:
    super(Leaf, Base()).greet()
except TypeError as e:
    print(type(e).__name__, e)
class Gen:
    def items(self):
        return [1, 2]
class GenChild(Gen):
    def items(self):
        return [x * 2 for x in super().items()]
print(GenChild().items())

# Inline caches must give the same results as the generic paths when their
# guards fail: globals rebound, builtins shadowed and restored, methods
# monkeypatched on a class and a base, instance attributes shadowing methods,
# and a call site that sees different types.
import builtins

def use_global():
    return helper(2)

def helper(x):
    return x + 1

results = []
for i in range(3):
    results.append(use_global())
    if i == 1:
        def helper(x):
            return x * 100
print(results)

def count(xs):
    return len(xs)

print([count([1, 2]) for _ in range(2)])
len = lambda xs: -1
print(count([1, 2]))
del len
print(count([1, 2, 3]))
builtins_len = builtins.len
builtins.len = lambda xs: 'patched'
print(count([]))
builtins.len = builtins_len
print(count([9]))

class Base:
    def speak(self):
        return 'base'

class Child(Base):
    pass

def talk(obj):
    return obj.speak()

c = Child()
out = [talk(c)]
Base.speak = lambda self: 'patched base'
out.append(talk(c))
Child.speak = lambda self: 'child'
out.append(talk(c))
c.speak = lambda: 'instance'
out.append(talk(c))
del c.speak
out.append(talk(c))
del Child.speak
out.append(talk(c))
print(out)

class A:
    def val(self):
        return 'A'
class B:
    def val(self):
        return 'B'
class D(A):
    pass
print([o.val() for o in [A(), B(), D(), A(), 5 .__class__]] if False else [o.val() for o in [A(), B(), D(), A()]])

def add(x, y):
    return x + y
print([add(1, 2), add(1.5, 2), add('a', 'b'), add([1], [2]), add(2 ** 70, 1), add(1, 2)])

for i in range(4):
    r = range(i)
    print(sum(x for x in r), [x * 2 for x in r])

class Point:
    def __init__(self, x):
        self.x = x
pts = [Point(i) for i in range(3)]
Point.__init__ = lambda self, x: setattr(self, 'x', -x)
pts.append(Point(5))
print([p.x for p in pts])

# Class attributes versus instance attributes.
class Counter:
    count = 0
    shared_list = []
    def __init__(self, name):
        self.name = name
        Counter.count += 1
        self.shared_list.append(name)
a = Counter('a')
b = Counter('b')
print(Counter.count, a.count, b.count, Counter.shared_list, a.shared_list is b.shared_list)
a.count = 100
print(Counter.count, a.count, b.count, 'count' in vars(a), 'count' in vars(b))
del a.count
print(a.count)
Counter.count = 7
print(a.count, b.count)
class Config:
    defaults = {'color': 'red'}
    def __init__(self):
        self.settings = dict(self.defaults)
c1, c2 = Config(), Config()
c1.settings['color'] = 'blue'
print(c1.settings, c2.settings, Config.defaults)
class Dynamic:
    pass
Dynamic.added_later = 'class level'
dd = Dynamic()
dd.instance_only = 1
print(dd.added_later, dd.instance_only, hasattr(Dynamic, 'instance_only'))
def method(self):
    return 'method added to class ' + type(self).__name__
Dynamic.method = method
print(dd.method())
class Const:
    PI = 3.14159
    TAU = PI * 2
    NAMES = [n.upper() for n in ['a', 'b']]
print(Const.PI, Const.TAU, Const.NAMES)
class Shadow:
    x = 'class x'
    def get_x(self):
        return self.x
s = Shadow()
print(s.get_x())
s.x = 'instance x'
print(s.get_x(), Shadow.x)
print(sorted(k for k in Shadow.__dict__ if not k.startswith('__')), s.__dict__)
class Unrelated:
    def bound(self):
        return self
u = Unrelated()
m = u.bound
print(m() is u, m.__self__ is u, m.__func__ is Unrelated.bound, Unrelated.bound(u) is u)

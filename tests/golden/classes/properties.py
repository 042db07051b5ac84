# property with getter, setter, deleter and validation.
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError('below absolute zero: %r' % value)
        self._c = value
    @celsius.deleter
    def celsius(self):
        print('deleting celsius')
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9
t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 212
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
del t.celsius
print(hasattr(t, '_c'))
try:
    t.celsius
except AttributeError as e:
    print(type(e).__name__, e)
class ReadOnly:
    @property
    def value(self):
        return 42
r = ReadOnly()
print(r.value)
try:
    r.value = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del r.value
except AttributeError as e:
    print(type(e).__name__, e)
class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def data(self):
        if not hasattr(self, '_data'):
            self.computed += 1
            self._data = [i * i for i in range(5)]
        return self._data
lz = Lazy()
print(lz.data, lz.data, lz.computed)
def get_x(self):
    return self._x * 2
def set_x(self, v):
    self._x = v
class Classic:
    x = property(get_x, set_x, None, 'doc for x')
cl = Classic()
cl.x = 21
print(cl.x, Classic.x.__doc__, type(Classic.x).__name__, isinstance(Classic.x, property))
class Sub(Temperature):
    @property
    def kelvin(self):
        return self.celsius + 273.15
print(Sub(0).kelvin, Sub(100).fahrenheit)

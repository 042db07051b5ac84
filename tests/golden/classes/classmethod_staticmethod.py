# classmethod and staticmethod.
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split('-'))
        return cls(y, m, d)
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return f'{type(self).__name__}({self.y}, {self.m}, {self.d})'
class MyDate(Date):
    pass
print(Date.from_string('2024-02-29'), MyDate.from_string('1999-12-31'))
print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024), MyDate.is_leap(2023))
print([y for y in range(1896, 1912) if Date.is_leap(y)])
class Registry:
    items = []
    @classmethod
    def register(cls, x):
        cls.items.append(x)
        return cls
    @classmethod
    def count(cls):
        return len(cls.items)
Registry.register('a').register('b')
print(Registry.count(), Registry.items, Registry().count())
class Counter:
    n = 0
    @classmethod
    def bump(cls):
        cls.n += 1
        return cls.n
class SubCounter(Counter):
    pass
print(Counter.bump(), Counter.bump(), SubCounter.bump(), Counter.n, SubCounter.n)
cm = Date.__dict__['from_string']
sm = Date.__dict__['is_leap']
print(type(cm).__name__, type(sm).__name__, sm.__func__(2004), cm.__func__(Date, '1-2-3'))
class Plain:
    def method(self):
        return 'bound to ' + type(self).__name__
print(Plain().method(), Plain.method(Plain()))
try:
    Plain.method()
except TypeError as e:
    print(type(e).__name__, e)
class Alternate:
    def __init__(self, v):
        self.v = v
    @classmethod
    def zero(cls):
        return cls(0)
    @staticmethod
    def helper(a, b):
        return a + b
    def total(self, other):
        return self.helper(self.v, other)
print(Alternate.zero().v, Alternate(5).total(6), Alternate.helper(1, 2))

# Calling builtin types as constructors and converters.
print(bool(), bool(0), bool(1), bool(''), bool('0'), bool([]), bool([0]), bool(None), bool(0.0), bool(0j), bool(-1))
print(int(), float(), str(), list(), tuple(), dict(), set(), frozenset(), complex(), bytes())
print(str(1), str(1.0), str([1, '1']), str(None), str(True), str(str), str(b'x'), str(b'x', 'ascii'))
print(list('ab'), list((1, 2)), list({1: 2}), list(range(2)), tuple([1]), tuple('ab'))
print(set([1, 1, 2]), set('aa'), dict([(1, 2)]), dict(a=1), frozenset([2, 2]))
print(type(bool(1)).__name__, True + True, True * 3, -True, ~True, True / 2, True == 1, True is True)
print(int('7') + float('1.5'), str(7) + '1.5', list(str(123)), [int(c) for c in str(2 ** 10)])
print(object(), ) if False else print(type(object()).__name__)
class Sub(int):
    pass
s = Sub(5)
print(s, s + 1, type(s + 1).__name__, isinstance(s, int), type(s).__name__, repr(s))
class MyStr(str):
    def shout(self):
        return self.upper() + '!'
m = MyStr('hey')
print(m, m.shout(), len(m), m + 'x', type(m + 'x').__name__, m == 'hey')
class MyList(list):
    def total(self):
        return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.total(), len(ml), type(ml[:2]).__name__, isinstance(ml, list))
class MyDict(dict):
    def __missing__(self, key):
        return key * 2
md = MyDict(a=1)
print(md['a'], md['zz'], md, 'zz' in md)
try:
    int('1', 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    bool(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

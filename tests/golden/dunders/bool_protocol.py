# Truthiness via __bool__ and __len__.
class Named:
    def __repr__(self):
        return type(self).__name__ + '()'
class AlwaysFalse(Named):
    def __bool__(self):
        return False
class Empty(Named):
    def __len__(self):
        return 0
class Full(Named):
    def __len__(self):
        return 3
class Plain(Named):
    pass
class Both:
    def __bool__(self):
        print('  __bool__ used')
        return True
    def __len__(self):
        print('  __len__ used')
        return 0
for obj in (AlwaysFalse(), Empty(), Full(), Plain()):
    print(type(obj).__name__, bool(obj), not obj, 'yes' if obj else 'no', obj and 'and-value', obj or 'or-value')
print(bool(Both()))
if Empty():
    print('not printed')
else:
    print('Empty is falsy')
while AlwaysFalse():
    print('never')
print([x for x in [Empty(), Full(), AlwaysFalse(), Plain()] if x].__len__())
print(any([Empty(), AlwaysFalse()]), all([Full(), Plain()]))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
class BadLen:
    def __len__(self):
        return -5
try:
    bool(BadLen())
except ValueError as e:
    print(type(e).__name__, e)
class Counter:
    def __init__(self, n):
        self.n = n
    def __bool__(self):
        return self.n > 0
c = Counter(3)
while c:
    print('count', c.n)
    c.n -= 1
print(bool(Counter(0)), bool(Counter(1)), not Counter(0))

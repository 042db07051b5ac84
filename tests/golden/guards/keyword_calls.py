# Keyword calls of plain functions are bound in the eval loop itself; any
# call it cannot bind goes to the general binder. The same sites are given
# argument errors, changed __defaults__/__kwdefaults__/__code__, methods,
# classes and builtins.


def area(width, height=1, *, scale=1, offset=0):
    return width * height * scale + offset


def posonly(x, y, /, z=3, *, w=4):
    return (x, y, z, w)


def needs(a, *, k):
    return (a, k)


def call_area(f, i):
    return (f(i), f(i, 2), f(width=i, height=3), f(height=i, width=2, scale=5),
            f(1, offset=i), f(scale=2, offset=1, width=i, height=i))


for i in range(4):
    print(call_area(area, i))

for args, kwargs in [((1, 2), {}), ((1,), {'y': 2}), ((1, 2), {'z': 9, 'w': 0}),
                     ((1, 2, 3), {'w': 7}), ((), {'x': 1, 'y': 2})]:
    try:
        print(posonly(*args, **kwargs))
    except TypeError as e:
        print('TypeError:', e)


def site(f):
    out = []
    for thunk in (lambda: f(1, k=2), lambda: f(a=1, k=2), lambda: f(k=3, a=4),
                  lambda: f(1), lambda: f(1, 2), lambda: f(1, k=2, j=3),
                  lambda: f(1, a=2, k=3), lambda: f(k=1)):
        try:
            out.append(thunk())
        except TypeError as e:
            out.append('TypeError: %s' % e)
    return out


for _ in range(2):
    print(site(needs))

needs.__kwdefaults__ = {'k': 'default k'}
print(site(needs))
needs.__kwdefaults__ = None
print(site(needs))


def kwonly_defaults(a, *, b=10, c=20):
    return a + b + c


def repeat(f, n):
    return [f(i) for i in range(n)] + [f(1, c=0) for _ in range(2)]


print(repeat(kwonly_defaults, 3))
kwonly_defaults.__kwdefaults__ = {'b': 100, 'c': 200}
print(repeat(kwonly_defaults, 3))
kwonly_defaults.__kwdefaults__ = {'c': 1}
try:
    print(repeat(kwonly_defaults, 2))
except TypeError as e:
    print('TypeError:', e)
area.__defaults__ = (7,)
print(call_area(area, 1))
area.__defaults__ = None
try:
    print(call_area(area, 1))
except TypeError as e:
    print('TypeError:', e)
area.__code__ = (lambda width, height=1, *, scale=1, offset=0: ('new code', width, height, scale, offset)).__code__
area.__defaults__ = (5,)
print(call_area(area, 2))


class Box:
    def __init__(self, w, h, *, depth=1, label=''):
        self.w, self.h, self.depth, self.label = w, h, depth, label

    def volume(self, *, scale=1):
        return self.w * self.h * self.depth * scale

    def resize(self, dw=0, dh=0, *, keep_label=True):
        return Box(self.w + dw, self.h + dh, depth=self.depth,
                   label=self.label if keep_label else '')


b = Box(2, 3, label='x')
for i in range(3):
    b = b.resize(dh=1, keep_label=i % 2 == 0)
    print(b.w, b.h, b.depth, repr(b.label), b.volume(), b.volume(scale=i))


def kw_site(f, x):
    return f(x, key=abs)


for f in [sorted, max, min, lambda x, key: key(x[0]), sorted]:
    print(kw_site(f, [3, -5, 1]))


def count_down(n, *, acc=0):
    if n == 0:
        return acc
    return count_down(n - 1, acc=acc + n)


print(count_down(50), count_down(n=10, acc=1))
try:
    count_down(10000, acc=0)
except RecursionError:
    print('RecursionError')


def sub(a, b):
    return a - b


print([sub(b=i, a=10) for i in range(5)], sub(1, b=2))
try:
    sub(1, 2, b=3)
except TypeError as e:
    print('TypeError:', e)
try:
    sub(**{'a': 1, 'b': 2, 'c': 3})
except TypeError as e:
    print('TypeError:', e)

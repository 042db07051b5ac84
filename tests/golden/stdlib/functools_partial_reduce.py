# functools.partial (attributes, flattening, repr) and functools.reduce.
import functools
from functools import partial, reduce


def f(a, b, c=3, *, d=4):
    return (a, b, c, d)


p = partial(f, 1, d=5)
print(p(2))
print(p(2, 9, d=0))
print(p.func is f, p.args, p.keywords)
print(type(p).__name__, type(p).__module__)

# A partial of a partial is flattened into one.
p2 = partial(p, 7, c=8)
print(p2(), p2.func is f, p2.args, p2.keywords)

print(repr(partial(print, 1, sep='-')))
print(repr(partial(max)))
print(repr(partial(len, 'abc')))
print(partial(int, base=2)('1011'))
print(partial(sorted, key=len)(['ccc', 'a', 'bb']))

try:
    partial(3)
except TypeError as e:
    print('TypeError', e)


class MyPartial(partial):
    pass


mp = MyPartial(f, 1)
print(mp(2), type(mp).__name__)
print(repr(MyPartial(max, 1)))
# A subclass instance is not flattened into a plain partial.
pp = partial(mp, 2)
print(type(pp).__name__, pp.func is mp, pp())

# Instances have a __dict__ for extra attributes.
q = partial(f, 0)
q.note = 'x'
print(q.note, q.__dict__)

print(reduce(lambda a, b: a * b, range(1, 6)))
print(reduce(lambda a, b: a + b, [], 10))
print(reduce(max, [3, 9, 2]))
print(reduce(lambda acc, ch: ch + acc, 'abc', ''))
print(reduce(lambda a, b: a + [b], range(4), []))
try:
    reduce(max, [])
except TypeError as e:
    print('TypeError', e)
try:
    reduce(max, 5)
except TypeError as e:
    print('TypeError', e)
print(functools.reduce(lambda x, y: x * 10 + y, [1, 2, 3]))

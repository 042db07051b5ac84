# The operator module: functions, dunder aliases, itemgetter, attrgetter,
# methodcaller.
import operator as op

print(op.add(1, 2), op.sub(5, 3), op.mul('a', 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3))
print(op.neg(3), op.pos(-3), op.inv(5), op.invert(0), op.abs(-4), op.pow(2, 10))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.ge(1, 2), op.gt(3, 2))
print(op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None))
print(op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.lshift(1, 4), op.rshift(16, 2))
print(op.concat([1], [2]), op.contains([1, 2], 2), op.countOf([1, 2, 1], 1), op.indexOf('abc', 'c'))
lst = [1, 2, 3]
op.setitem(lst, 0, 9)
op.delitem(lst, 1)
print(lst, op.getitem(lst, -1), op.getitem('abcdef', slice(1, 4)))
print(op.index(5), op.length_hint([1, 2]), op.length_hint(iter(range(5))), op.length_hint(3, 7))
for f in (lambda: op.index(1.5), lambda: op.concat(1, 2), lambda: op.indexOf([1], 5)):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
x = [1]
y = op.iadd(x, [2])
print(x, y, x is y)
print(op.iadd(1, 2), op.isub(5, 1), op.imul(2, 3), op.ipow(2, 3), op.ior(1, 2), op.iconcat('a', 'b'))
print(op.itruediv(1, 4), op.ifloordiv(9, 2), op.imod(9, 4), op.ilshift(1, 3), op.irshift(8, 1), op.iand(6, 3), op.ixor(6, 3))

g = op.itemgetter(1)
print(g, g('abc'), g([5, 6]))
g = op.itemgetter(0, 2)
print(g, g('abc'))
g = op.itemgetter('k')
print(g({'k': 5}), repr(g))


class A:
    pass


a = A()
a.b = A()
a.b.c = 42
a.x = 1
f = op.attrgetter('b.c')
print(f, f(a))
f = op.attrgetter('x', 'b.c')
print(f, f(a))
m = op.methodcaller('split', ',', maxsplit=1)
print(m, m('a,b,c'))
m = op.methodcaller('upper')
print(m, m('abc'))
print(op.__add__ is op.add, op.__getitem__([1], 0), op.call(len, 'abc'), op.__not__(1))
print(sorted([(1, 'b'), (0, 'z'), (1, 'a')], key=op.itemgetter(1)))
print(sorted([(1, 'b'), (0, 'z'), (1, 'a')], key=op.itemgetter(0, 1)))
print(type(op.itemgetter(1)), type(op.attrgetter('a')), type(op.methodcaller('a')))
try:
    op.attrgetter(1)
except TypeError as e:
    print('TypeError', e)
try:
    op.attrgetter('zz')(a)
except AttributeError as e:
    print('AttributeError', e)
try:
    op.itemgetter(5)([1])
except IndexError as e:
    print('IndexError', e)
print(list(map(op.mul, [1, 2, 3], [4, 5, 6])))

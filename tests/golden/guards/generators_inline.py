# `for` loops over generators run the generator's frame in the caller's eval
# loop (FOR_ITER_GEN). Everything observable must stay as with a nested
# resume: values, exceptions and their chaining, the exception being handled
# (sys.exc_info), gi_running, re-entrancy errors, finally blocks, break and
# later resumption, and the same loop site given other iterators.
import sys


def count(n):
    for i in range(n):
        yield i
    return 'done'


def squares(it):
    for x in it:
        yield x * x


total = 0
for _ in range(3):
    for v in squares(count(5)):
        total += v
print('total', total)


def fails_at(n):
    for i in range(10):
        if i == n:
            raise ValueError('boom at %d' % i)
        yield i


for n in (0, 2):
    got = []
    try:
        for v in fails_at(n):
            got.append(v)
    except ValueError as e:
        print('caught', e, got)


def leaks_stop():
    yield 1
    raise StopIteration('inner')


try:
    for v in leaks_stop():
        print('got', v)
except RuntimeError as e:
    print('RuntimeError:', e, '| cause:', repr(e.__cause__))


def sees_exc_info():
    yield sys.exc_info()[0]
    try:
        raise KeyError('k')
    except KeyError:
        yield sys.exc_info()[0]
    yield sys.exc_info()[0]


try:
    raise TypeError('outer')
except TypeError:
    for t in sees_exc_info():
        print('in generator:', t.__name__ if t else None, '| outside:', sys.exc_info()[0].__name__)
print('after:', sys.exc_info())
try:
    raise IndexError('outer2')
except IndexError:
    it = sees_exc_info()
    print('via next():', [t.__name__ if t else None for t in (next(it), next(it))])
print('via next() after the except:', [t.__name__ if t else None for t in it])


def running_check():
    g = yield
    yield g.gi_running


g = running_check()
next(g)
print('gi_running inside:', g.send(g), 'outside:', g.gi_running)


def self_next():
    yield 1
    try:
        next(me)
    except ValueError as e:
        yield 'ValueError: %s' % e


me = self_next()
for v in me:
    print('self_next', v)


def with_finally(log):
    try:
        yield 1
        yield 2
        yield 3
    finally:
        log.append('finally')


log = []
gen = with_finally(log)
for v in gen:
    if v == 2:
        break
print('after break', log, next(gen), log)
for v in gen:
    print('rest', v)
print('exhausted', log, list(gen))

# The same loop site over a generator, then a list, then a generator again.
def loop(it):
    out = []
    for v in it:
        out.append(v)
    return out


for src in [count(3), [7, 8], count(2), iter((4, 5)), count(1), 'ab', count(0)]:
    print(loop(src))


def deep(n):
    if n:
        for v in deep(n - 1):
            yield v + 1
    else:
        yield 0


print(list(deep(50)), [v for v in deep(3)])
for v in deep(30):
    print('deep', v)


def reraise_inside():
    try:
        yield 1
        1 / 0
    except ZeroDivisionError as e:
        raise LookupError('wrapped') from e


try:
    for v in reraise_inside():
        pass
except LookupError as e:
    print('LookupError', e, type(e.__cause__).__name__, type(e.__context__).__name__)


def recurse_forever():
    for v in recurse_forever():
        yield v
    yield 1


try:
    for v in recurse_forever():
        pass
except RecursionError:
    print('RecursionError caught')

for v in fails_at(1):
    print('last loop', v)

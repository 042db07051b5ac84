# Basic generator functions.
def count_up(n):
    print('  start')
    i = 0
    while i < n:
        print('  yielding', i)
        yield i
        i += 1
    print('  end')
g = count_up(3)
print('created')
print(next(g))
print(next(g))
print(list(g))
print(next(g, 'exhausted'))
def evens():
    for x in range(10):
        if x % 2 == 0:
            yield x
print(list(evens()), sum(evens()), max(evens()), 4 in evens(), 5 in evens())
def pairs(seq):
    it = iter(seq)
    for a in it:
        b = next(it, None)
        yield (a, b)
print(list(pairs('abcde')))
def empty():
    return
    yield
print(list(empty()), type(empty()).__name__)
def early_return(n):
    for i in range(n):
        if i == 3:
            return
        yield i
print(list(early_return(10)), list(early_return(2)))
def yield_expr_value():
    x = yield
    print('  received', x)
g = yield_expr_value()
next(g)
try:
    next(g)
except StopIteration:
    print('StopIteration after receiving None')
def multi():
    yield 1
    yield 'two'
    yield [3]
    yield from ()
a, b, c = multi()
print(a, b, c)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def gen_in_loop():
    for word in ['alpha', 'beta']:
        for ch in word[:2]:
            yield word + ':' + ch
print(list(gen_in_loop()))
def with_locals(n):
    total = 0
    for i in range(n):
        total += i
        yield total
print(list(with_locals(6)))
gen = count_up(2)
print(iter(gen) is gen, hasattr(gen, '__next__'), hasattr(gen, 'send'))

# Generator lifecycle details.
def g():
    yield 1
    yield 2
gen = g()
print(list(gen), list(gen), next(gen, 'done'))
def self_reference():
    yield next(me)
me = self_reference()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)
def counter():
    n = 0
    while True:
        n += 1
        yield n
c1, c2 = counter(), counter()
print(next(c1), next(c1), next(c2), next(c1), next(c2))
def gen_with_arg(data):
    for item in data:
        yield item
data = [1, 2]
gw = gen_with_arg(data)
data.append(3)
print(list(gw))
def raising():
    yield 1
    raise ValueError('inside generator')
r = raising()
print(next(r))
try:
    next(r)
except ValueError as e:
    print(type(e).__name__, e)
print(next(r, 'finished after error'))
def lazy_args(x):
    print('  body starts with', x)
    yield x
lg = lazy_args('arg')
print('generator created, body not run yet')
print(next(lg))
gens = [(lambda i: (i * k for k in range(3)))(i) for i in range(3)]
print([list(x) for x in gens])
print(g.__name__, g().__qualname__ if False else 'skip', type(g()).__name__)

# Functions as values.
def apply(fn, *args):
    return fn(*args)
print(apply(max, 3, 9, 4), apply(str.upper, 'x'), apply(lambda: 'none'))
def compose2(f, g):
    return lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose2(inc, dbl)(5), compose2(dbl, inc)(5))
def reduce(fn, seq, init):
    acc = init
    for item in seq:
        acc = fn(acc, item)
    return acc
print(reduce(lambda a, b: a + b, range(10), 0), reduce(lambda a, b: a * b, range(1, 10), 1))
print(reduce(lambda acc, w: acc + [w.upper()], ['a', 'b'], []))
def partial(fn, *bound, **kbound):
    def call(*args, **kwargs):
        return fn(*bound, *args, **{**kbound, **kwargs})
    return call
def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
two_to = partial(power, 2)
print(square(9), two_to(10), [square(i) for i in range(5)])
pipeline = [str.strip, str.lower, lambda s: s.replace(' ', '_')]
value = '  Hello World  '
for step in pipeline:
    value = step(value)
print(value)
table = {name: fn for name, fn in [('len', len), ('sum', sum), ('max', max)]}
print({k: f([3, 1, 2]) for k, f in table.items()})
def counter_factory():
    calls = []
    def record(fn):
        def w(*a):
            calls.append(fn.__name__)
            return fn(*a)
        return w
    return record, calls
record, calls = counter_factory()
@record
def alpha(): return 1
@record
def beta(): return 2
alpha(); beta(); alpha()
print(calls)
print(sorted([('b', 2), ('a', 3)], key=lambda t: t[1]), list(map(lambda f: f(2), [inc, dbl, square])))

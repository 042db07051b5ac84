# yield from delegation and generator return values.
def inner():
    yield 1
    yield 2
    return 'inner result'
def outer():
    result = yield from inner()
    print('  inner returned', repr(result))
    yield 3
    return 'outer result'
g = outer()
print(list(g))
def capture():
    r = yield from outer()
    yield 'captured: ' + r
print(list(capture()))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain('ab', [1, 2], range(2), (x * x for x in range(3)), {'k': 'v'})))
def flatten(x):
    if isinstance(x, (list, tuple)):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, (3, [4, 5])], [[[[6]]]], 7])))
def tree(n, depth=0):
    yield '  ' * depth + str(n)
    for child in range(n):
        yield from tree(child, depth + 1)
print('\n'.join(tree(3)))
def returns_none():
    yield 'x'
def check_none():
    r = yield from returns_none()
    yield r
print(list(check_none()))
def delegate_to_iterator():
    r = yield from iter([10, 20])
    yield ('iterator result', r)
print(list(delegate_to_iterator()))
def accumulate():
    total = 0
    while True:
        v = yield
        if v is None:
            return total
        total += v
def gather(results):
    while True:
        total = yield from accumulate()
        results.append(total)
results = []
g = gather(results)
next(g)
for v in [1, 2, 3, None, 10, 20, None]:
    g.send(v)
print(results)

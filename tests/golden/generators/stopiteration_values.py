# StopIteration carries return values; raising it inside a generator becomes RuntimeError.
def gen():
    yield 1
    return 'the value'
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print(repr(e), e.value, e.args)
def gen_none():
    yield 1
g = gen_none()
next(g)
try:
    next(g)
except StopIteration as e:
    print(repr(e), e.value, e.args)
def leaks_stopiteration():
    yield 1
    raise StopIteration('leaked')
g = leaks_stopiteration()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))
def next_on_empty():
    yield next(iter([]))
try:
    list(next_on_empty())
except RuntimeError as e:
    print(type(e).__name__, e)
def safe_next():
    it = iter([])
    try:
        yield next(it)
    except StopIteration:
        yield 'handled'
print(list(safe_next()))
def returns_tuple():
    return (1, 2)
    yield
try:
    next(returns_tuple())
except StopIteration as e:
    print(e.value, e.args)
class It:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration('from class')
print(list(It()))
def delegator():
    r = yield from It()
    yield r
print(list(delegator()))

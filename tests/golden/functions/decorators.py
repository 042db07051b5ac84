# Function and class decorators.
def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper() + '!'
    return wrapper
@shout
def hello(name):
    return 'hello ' + name
print(hello('world'), hello.__name__)
def wraps(src):
    def deco(dst):
        dst.__name__ = src.__name__
        dst.__doc__ = src.__doc__
        dst.__wrapped__ = src
        return dst
    return deco
def logged(fn):
    @wraps(fn)
    def wrapper(*args):
        print('calling', fn.__name__, args)
        result = fn(*args)
        print('returned', result)
        return result
    return wrapper
@logged
def add(a, b):
    """Add two numbers."""
    return a + b
print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__(1, 1))
def repeat(times):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def ping():
    return 'ping'
print(ping())
def tag(name):
    def deco(fn):
        def w():
            return '<%s>%s</%s>' % (name, fn(), name)
        return w
    return deco
@tag('b')
@tag('i')
def text():
    return 'styled'
print(text())
registry = []
def register(fn):
    registry.append(fn.__name__)
    return fn
@register
def one(): pass
@register
def two(): pass
print(registry)
def count_calls(fn):
    def wrapper(*a):
        wrapper.calls += 1
        return fn(*a)
    wrapper.calls = 0
    return wrapper
@count_calls
def noop(x):
    return x
for i in range(4):
    noop(i)
print(noop.calls)
def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapper
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100))
def add_method(cls):
    cls.extra = lambda self: 'extra on ' + type(self).__name__
    return cls
@add_method
class Thing:
    pass
print(Thing().extra())
decorators = [shout]
@decorators[0]
def indexed():
    return 'from subscript decorator'
print(indexed())
@(lambda fn: lambda: fn() * 2)
def doubled():
    return 21
print(doubled())

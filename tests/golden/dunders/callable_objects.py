# __call__ makes instances callable.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (x + self.n + sum(rest)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5), list(map(add5, [0, 10])))
class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
        self.misses = 0
    def __call__(self, n):
        if n not in self.cache:
            self.misses += 1
            self.cache[n] = self.fn(n)
        return self.cache[n]
@Memo
def slow_square(n):
    return n * n
print([slow_square(i % 4) for i in range(10)], slow_square.misses)
@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90), fib.misses)
class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self):
        self.calls += 1
        return self.calls
c = Counter()
c(); c(); c()
print(c.calls, c())
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
class Pipeline:
    def __init__(self, *steps):
        self.steps = steps
    def __call__(self, value):
        for s in self.steps:
            value = s(value)
        return value
p = Pipeline(str.strip, str.title, Adder('!'))
try:
    print(p('  hello world  '))
except TypeError as e:
    print(type(e).__name__, e)
p2 = Pipeline(abs, Adder(1), str)
print(repr(p2(-41)))
class Dispatcher:
    def __init__(self):
        self.handlers = {}
    def on(self, name):
        def register(fn):
            self.handlers[name] = fn
            return fn
        return register
    def __call__(self, name, *args):
        return self.handlers[name](*args)
dispatch = Dispatcher()
@dispatch.on('greet')
def greet(who):
    return 'hi ' + who
@dispatch.on('sum')
def total(*n):
    return sum(n)
print(dispatch('greet', 'bob'), dispatch('sum', 1, 2, 3))
class StaticCall:
    __call__ = staticmethod(lambda: 'static __call__')
print(StaticCall()())

# Call benchmark: closures and decorators.
#
# Calls of inner functions that read and write cells (nonlocal), closures
# created in a loop, function factories, decorators without and with
# arguments, stacked decorators, a memoising decorator, a class-based
# decorator and wrappers forwarding *args/**kwargs.


def make_counter(start):
    count = start

    def inc(step):
        nonlocal count
        count += step
        return count

    def get():
        return count

    return inc, get


def make_adders(n):
    return [lambda x, k=k: x + k for k in range(n)]


def make_multipliers(n):
    out = []
    for k in range(n):
        def mul(x, k=k):
            return x * k
        out.append(mul)
    return out


def compose(f, g):
    def h(x):
        return f(g(x))
    return h


def trace(fn):
    calls = [0]

    def wrapper(*args, **kwargs):
        calls[0] += 1
        return fn(*args, **kwargs)

    wrapper.calls = calls
    wrapper.__name__ = fn.__name__
    wrapper.__wrapped__ = fn
    return wrapper


def clamp(lo, hi):
    def deco(fn):
        def wrapper(x):
            r = fn(x)
            return lo if r < lo else hi if r > hi else r
        return wrapper
    return deco


def memoize(fn):
    cache = {}

    def wrapper(n):
        if n in cache:
            return cache[n]
        r = fn(n)
        cache[n] = r
        return r

    wrapper.cache = cache
    return wrapper


class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.n = 0

    def __call__(self, *args):
        self.n += 1
        return self.fn(*args)


@trace
def add(a, b):
    return a + b


@clamp(-1000, 1000)
@trace
def wobble(x):
    return (x * 37) % 2501 - 1250


@memoize
def partitions(n):
    if n < 0:
        return 0
    if n == 0:
        return 1
    total = 0
    k = 1
    while True:
        g1 = k * (3 * k - 1) // 2
        if g1 > n:
            break
        g2 = k * (3 * k + 1) // 2
        sign = 1 if k % 2 else -1
        total += sign * (partitions(n - g1) + partitions(n - g2))
        k += 1
    return total


@CountCalls
def square(x):
    return x * x


def main():
    inc, get = make_counter(10)
    for i in range(300000):
        inc(i % 3)
    print('counter', get())

    adders = make_adders(50)
    muls = make_multipliers(50)
    total = 0
    for i in range(4000):
        for a, m in zip(adders, muls):
            total += m(a(i))
        total %= 1000000007
    print('adders', total)

    f = compose(compose(lambda x: x + 1, lambda x: x * 2), compose(abs, lambda x: x - 500))
    print('compose', sum(f(i) for i in range(200000)))

    s = 0
    for i in range(150000):
        s = add(s, i) % 99991
    print('trace', s, add.calls[0], add.__name__, add.__wrapped__(2, 3))

    w = sum(wobble(i) for i in range(150000))
    print('clamp', w)

    for n in range(0, 1501, 50):
        partitions(n)
    print('partitions', partitions(1500) % 1000000007, len(partitions.cache))
    print('square', sum(square(i) for i in range(150000)), square.n)


main()

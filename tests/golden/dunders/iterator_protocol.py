# __iter__ and __next__.
class Range2:
    def __init__(self, start, stop, step=1):
        self.start, self.stop, self.step = start, stop, step
    def __iter__(self):
        return Range2Iter(self)
class Range2Iter:
    def __init__(self, r):
        self.cur = r.start
        self.r = r
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur >= self.r.stop:
            raise StopIteration
        v = self.cur
        self.cur += self.r.step
        return v
r = Range2(0, 10, 3)
print(list(r), list(r), sum(r), [x * 2 for x in r], max(r))
it = iter(r)
print(next(it), next(it), list(it), next(it, 'exhausted'))
class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b
print(list(Fib(100)), sorted(Fib(20), reverse=True))
for i, f in enumerate(Fib(10)):
    print(i, f, end='; ')
print()
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
class NotIter:
    pass
try:
    for x in NotIter():
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration('done')
        self.n -= 1
        return self.n + 1
c = Countdown(3)
for v in c:
    print('tick', v)
print(list(c), 'second pass empty')
a, b, c2 = Countdown(3)
print(a, b, c2)
print(dict(zip('abc', Countdown(3))), set(Countdown(4)) == {1, 2, 3, 4})
try:
    x, y = Countdown(3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    x, y, z, w = Countdown(3)
except ValueError as e:
    print(type(e).__name__, e)

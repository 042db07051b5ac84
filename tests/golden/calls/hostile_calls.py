def f(*a, **k): return len(a) + len(k)
print(f(*range(1000000)))
print(f(**{str(i): i for i in range(200000)}))
class Deep:
    def __call__(self, n):
        return self(n + 1)
try:
    Deep()(0)
except RecursionError as e:
    print('RecursionError', e)
class Inner:
    def __call__(self, x):
        return x * 2
class Outer:
    __call__ = Inner()
print(Outer()(21))
class Loop:
    pass
Loop.__call__ = Loop()
try:
    Loop()(1)
except RecursionError as e:
    print('RecursionError', e)

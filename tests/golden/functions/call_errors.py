# TypeError messages for bad calls to user functions.
def f(a, b):
    pass
def g(a, b=1, *, c):
    pass
def h(*, k):
    pass
def p(a, /, b):
    pass
def none():
    pass
class C:
    def m(self, x):
        pass
    def __init__(self, v):
        pass
calls = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3),
    lambda: f(1, b=2, a=3),
    lambda: f(1, 2, c=3),
    lambda: g(1),
    lambda: g(1, 2, 3),
    lambda: h(1),
    lambda: h(),
    lambda: h(k=1, j=2),
    lambda: p(a=1, b=2),
    lambda: none(1),
    lambda: none(x=1),
    lambda: C(1).m(),
    lambda: C(1).m(1, 2),
    lambda: C(),
    lambda: C(1, 2),
    lambda: C.m(1),
    lambda: (lambda x: x)(),
    lambda: f(*[1, 2, 3, 4]),
    lambda: f(**{'a': 1, 'b': 2, 'z': 3}),
    lambda: g(c=1),
]
for i, call in enumerate(calls):
    try:
        call()
        print(i, 'ok')
    except TypeError as e:
        print(i, e)

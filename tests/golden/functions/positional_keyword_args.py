# Positional and keyword arguments, defaults.
def f(a, b, c=3, d=4):
    return (a, b, c, d)
print(f(1, 2), f(1, 2, 5), f(1, 2, 5, 6), f(1, b=2), f(b=2, a=1), f(1, 2, d=9), f(c=7, b=8, a=9))
print(f(*[1, 2]), f(*(1, 2, 3)), f(**{'a': 1, 'b': 2}), f(1, **{'d': 0, 'b': 5}), f(*[1], **{'b': 2}))
def greet(name, greeting='Hello', punct='!'):
    return greeting + ', ' + name + punct
print(greet('Ann'), greet('Bob', 'Hi'), greet('Cid', punct='?'), greet(punct='.', name='Dee'))
def no_args():
    return 'nothing'
print(no_args())
def returns_none():
    pass
print(returns_none(), returns_none() is None)
def multiple():
    return 1, 'two', [3]
a, b, c = multiple()
print(a, b, c, multiple())
def early(x):
    if x < 0:
        return 'negative'
    elif x == 0:
        return 'zero'
    return 'positive'
print([early(v) for v in (-5, 0, 5)])
def order(*args, **kwargs):
    return args, kwargs
print(order(), order(1, 2), order(a=1), order(1, b=2, c=3))
print(order(*'ab', *[1], **{'x': 1}, **{'y': 2}))
def default_expr(x, y=2 * 3, z=len('abc')):
    return x + y + z
print(default_expr(1))

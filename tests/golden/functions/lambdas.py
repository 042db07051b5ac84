# lambda expressions.
sq = lambda x: x * x
print(sq(7), (lambda: 'no args')(), (lambda *a, **k: (a, k))(1, z=2))
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=5, a=5))
print(sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)))
print(list(map(lambda p: p[0] + p[1], [(1, 2), (3, 4)])))
print(list(filter(lambda n: n % 3 == 0, range(20))))
ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b}
print({k: f(6, 3) for k, f in ops.items()})
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
print((lambda x: (lambda y: x * y))(4)(5))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(20))
print(sq.__name__, (lambda: 0).__name__, add.__defaults__)
cond = lambda x: 'big' if x > 10 else 'small'
print(cond(5), cond(50))
print((lambda x, /, y, *, z: (x, y, z))(1, 2, z=3))

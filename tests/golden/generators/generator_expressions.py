# Generator expressions are lazy and single-use.
squares = (x * x for x in range(5))
print(type(squares).__name__, next(squares), list(squares), list(squares))
print(sum(x for x in range(101)), max(len(w) for w in ['a', 'abc', 'ab']), sorted(c for c in 'banana'))
print(list(x for x in range(20) if x % 3 == 0 if x % 2 == 0))
print(list((x, y) for x in range(3) for y in range(x)))
print(dict((k, len(k)) for k in ['one', 'three']), set(x % 3 for x in range(10)))
print(''.join(c.upper() for c in 'shout'), tuple(i for i in 'xyz'))
log = []
def src():
    for i in range(3):
        log.append(f'produce {i}')
        yield i
gen = (log.append(f'consume {v}') or v * 10 for v in src())
print(log)
print(next(gen), log)
print(list(gen), log)
first_big = next(x for x in range(100) if x * x > 50)
print(first_big, next((x for x in [] if x), 'none found'))
inner_src = 'ab'
nested = ((i, j) for i in range(2) for j in inner_src)
print(list(nested), inner_src)
try:
    list(1 / x for x in [1, 0])
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    (x for x in 5)
except TypeError as e:
    print(type(e).__name__, e)
x = 'outer'
g = (x for _ in range(2))
print(list(g), x)
it = iter([1, 2, 3])
g = (v * 2 for v in it)
print(next(it), list(g))
print(sum(x * x for x in range(10)), any(x > 8 for x in range(10)), all(x < 5 for x in range(10)))

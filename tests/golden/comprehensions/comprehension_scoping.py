# The loop variable of a comprehension does not leak; class scope quirks.
x = 'outer'
result = [x for x in range(3)]
print(result, x)
y = 'kept'
gen = [y * 2 for _ in range(2)]
print(gen, y)
i = 100
squares = {i: i * i for i in range(3)}
print(squares, i)
s = {i for i in 'ab'}
print(sorted(s), i)
def f():
    total = 10
    return [total + n for n in range(3)]
print(f())
class C:
    factor = 3
    values = [n * 2 for n in range(3)]
    first = [factor for _ in range(1)] if False else None
print(C.values, C.first)
class D:
    base = [1, 2, 3]
    doubled = [v * 2 for v in base]
print(D.doubled)
class E:
    k = 5
    try:
        bad = [k for _ in range(2)]
    except NameError as err:
        msg = str(err)
print(E.msg)
funcs = [lambda: n for n in range(3)]
print([fn() for fn in funcs])
funcs2 = [lambda n=n: n for n in range(3)]
print([fn() for fn in funcs2])
def outer():
    v = 'closure'
    return [(lambda: v)() for _ in range(2)]
print(outer())
data = [[1, 2], [3, 4]]
print([[cell for cell in row] for row in data], [cell for row in data for cell in row])
print([row for row in data if [c for c in row if c > 3]])

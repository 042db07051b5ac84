# Errors raised inside comprehensions propagate normally.
try:
    [1 / x for x in [1, 2, 0, 4]]
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    {x: y for x, y in [(1, 2), (3,)]}
except ValueError as e:
    print(type(e).__name__, e)
try:
    {[x] for x in range(2)}
except TypeError as e:
    print(type(e).__name__, e)
try:
    [undefined_thing for _ in range(1)]
except NameError as e:
    print(type(e).__name__, e)
try:
    [x for x in None]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {x: x for x in [[1]]}
except TypeError as e:
    print(type(e).__name__, e)
partial = []
try:
    for v in [int(s) for s in '12x4']:
        partial.append(v)
except ValueError as e:
    print(type(e).__name__, e, partial)
gen = (int(s) for s in '12x4')
got = []
try:
    for v in gen:
        got.append(v)
except ValueError as e:
    print(type(e).__name__, e, got)

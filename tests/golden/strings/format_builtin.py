# format() and __format__ for builtin types.
print(format('abc'), format('abc', '>6'), format('abc', '.1'), format('abc', '^7.2'))
print(format(42), format(42, 'b'), format(42, 'o'), format(42, 'x'), format(42, 'X'), format(42, 'c'))
print(format(42, 'd'), format(42, 'n'), format(42, 'e'), format(42, 'f'), format(42, '%'))
print(format(-42, '08'), format(-42, '<08'), format(42, '=+8'), format(42, '^+8'))
print(format(3.5), format(3.5, '08.3f'), format(-3.5, '+'), format(3.5, ' '))
print(format(True), format(True, 'd'), format(False, '>6'), format(None), format(None, ''))
print(format([1, 2]), format((1,)), format({'a': 1}))
print(format(1234567.891, ',.1f'), format(1234567, ',.2f'), format(0.1234, '.1%'))
print(format(12345, '_x'), format(2 ** 40, ','), format(-(2 ** 40), '_'))
print(format(0.0, 'e'), format(1e-7, 'f'), format(1e-7, 'g'), format(123456789, 'g'))
print(format(1.0, 'g'), format(1.0, '#g'), format(10.0, '.2g'), format(0.0001, 'g'), format(0.00001, 'g'))
errors = [('x', 'd'), (1.5, 'd'), (1, 's'), ('a', '+'), (None, 'd'), ([1], 'x'), (1, ',c'), (1, '.2d'),
          ('abc', '=10'), (-1, 'c' if False else 'q')]
for v, spec in errors:
    try:
        print(format(v, spec))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    format(2 ** 30 * 2 ** 30, 'c')
except OverflowError as e:
    print(type(e).__name__, e)

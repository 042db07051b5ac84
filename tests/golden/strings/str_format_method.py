# str.format with positional, keyword, attribute and index fields.
print('{} {} {}'.format(1, 'two', 3.0))
print('{0} {1} {0}'.format('a', 'b'))
print('{name} is {age}'.format(name='Bob', age=42))
print('{0[0]} {0[1]} {1[key]}'.format([10, 20], {'key': 'val'}))
class P:
    x = 3
    y = 4
print('{p.x},{p.y}'.format(p=P()))
print('{:>8}|{:<8}|{:^8}|{:*^8}'.format('r', 'l', 'c', 'c'))
print('{:d} {:5d} {:05d} {:+d} {:,} {:_b}'.format(7, 7, 7, 7, 1234567, 255))
print('{:.3f} {:10.2e} {:%} {:g}'.format(3.14159, 314.159, 0.5, 1e-7))
print('{!r} {!s} {!a}'.format('x', 'x', 'ü'))
print('{0!r:>10}'.format('pad'))
print('{:{w}.{p}f}'.format(2.71828, w=10, p=3))
print('{{braces}} {}'.format('ok'))
print('{0:{1}}'.format(5, '>4'))
print('{:#x} {:#o} {:#b}'.format(255, 8, 5))
print('{}'.format([1, 'a', None]), '{}'.format({'k': (1,)}))
print('{:s}'.format('str'), '{:c}'.format(97), '{:n}'.format(1234))
print('{0.real} {0.imag}'.format(3 + 4j))
print('{[1]}'.format('xyz'), '{[k]}'.format({'k': 'key'}), '{[0]}'.format({0: 'zero'}))
fmt = '{:<10}{:>6}{:>10}'
print(fmt.format('item', 'qty', 'price'))
for item, qty, price in [('pen', 3, 1.25), ('notebook', 10, 4.5)]:
    print(fmt.format(item, qty, '%.2f' % price))
errors = [lambda: '{} {}'.format(1), lambda: '{0} {}'.format(1, 2), lambda: '{x}'.format(y=1),
          lambda: '{:d}'.format('a'), lambda: '{:s}'.format(5), lambda: '{'.format(), lambda: '}'.format(),
          lambda: '{0[5]}'.format([1]), lambda: '{:,s}'.format('a'), lambda: '{:=s}'.format('a')]
for f in errors:
    try:
        print(f())
    except (IndexError, KeyError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(str.format('{}-{}', 'a', 'b'), 'x{}y'.format_map({}) if False else 'skip', '{k}'.format_map({'k': 'mapped'}))

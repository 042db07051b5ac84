# printf-style formatting with %.
print('%s and %s' % ('this', 'that'))
print('%r %s %a' % ('q', 'q', 'é'))
print('%d %i %u' % (3, -4, 5), '%d' % 3.99, '%d' % True)
print('%5s|%-5s|%.2s|%5.1s|' % ('abc', 'abc', 'abc', 'abc'))
print('%x %X %#x %#X %o %#o' % (255, 255, 255, 255, 8, 8))
print('%e %E %f %F %g %G' % (12345.678, 12345.678, 1.5, 2.5, 0.00001234, 1e20))
print('%c%c%c' % (72, 'i', 33))
print('%%d is literal: %d%%' % 50)
print('%(name)s is %(age)d years' % {'name': 'Ann', 'age': 30})
print('%(x)s %(x)r' % {'x': 'dup'})
print('%*d|%-*d|%.*f' % (5, 42, 5, 42, 2, 3.14159))
print('%+5d|% 5d|%05d|%-+5d|' % (42, 42, 42, 42))
print('%s' % [1, 2], '%s' % (1,), '%s %s' % (1, (2, 3)))
print('%s' % None, '%s' % True, '%r' % None, '%.3r' % 'abcdef')
print('%10.4f|%-10.2e|%010.3f' % (3.14159, 31415.9, -3.14159))
print('no args' % ())
print('%s' % {'a': 1})
errors = [lambda: '%d' % 'x', lambda: '%s %s' % ('a',), lambda: '%s' % ('a', 'b'), lambda: '%z' % 1,
          lambda: '%(k)s' % {'j': 1}, lambda: '%c' % 'ab', lambda: '%(a)s' % 5, lambda: '%d' % None,
          lambda: '%x' % 1.5, lambda: '%' % ()]
for f in errors:
    try:
        print(f())
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)

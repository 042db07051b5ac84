# format() and %-formatting of floats.
x = 1234.56789
for spec in ['', 'f', '.0f', '.1f', '.3f', 'e', '.2e', 'E', 'g', '.3g', '.10g', 'G', '%', '.1%',
             '10.2f', '<10.2f', '^10.2f', '>10.2f', '+.2f', ' .2f', '010.2f', ',.2f', '_.2f',
             '#.0f', '#g', 'n', '*^12.1f', '=+12.2f']:
    print(repr(spec), repr(format(x, spec)), repr(format(-x, spec)))
for v in [0.0, -0.0, 1e-10, 1e20, 123456789.0, 0.1, 100.0, 1.5e300, float('inf'), float('nan')]:
    print(format(v, ''), format(v, 'g'), format(v, '.2f'), format(v, 'e'), format(v, '.3'))
print('%f %.2f %e %.3E %g %G' % (x, x, x, x, x, 1e-10))
print('%10.3f|%-10.3f|%+f|% f|%010.2f' % (x, x, x, x, -x))
print('%.0f %.0f %.0f %.0f' % (0.5, 1.5, 2.5, 3.5))
print('%s %r' % (0.1, 0.1), str(1e16), str(1.0))
print(format(1e16, '.0f'), format(2 ** 0.5, '.20f'), format(1 / 3, '.17g'))
print(f"{3.0:.0e} {12345.678:.2g} {0.00001234:.3g} {1234567.0:g}")
print(format(2.5, '.0f'), format(3.5, '.0f'), format(0.125, '.2f'), format(0.375, '.2f'))

# Formatting complex numbers.
vals = [1 + 2j, -1.5 - 0.25j, 1e20 + 1e-20j, 0.1 + 0.2j, complex(0, 1), complex(-0.0, -0.0), 1/3 + 2/3j]
for v in vals:
    print(repr(v), str(v), format(v, ''), format(v, '.3f'), format(v, 'g'), format(v, '+.1e'))
print(f"{1+2j:>15}|{1+2j:<15}|{1+2j:^15}|")
print(f"{(1+2j).real:.2f} {(1+2j).imag:.2f}")
print('%s %r' % (1 + 2j, 3j))
print(complex(1, 2) == complex('1+2j'), complex('1.0e1+1.0e1j'))
print(list(map(complex, [1, 2.5, '3j'])))
print(complex(real=1, imag=2), complex(imag=3))
print(complex(1 + 1j, 1 + 1j))

# complex construction, arithmetic and repr.
z = complex(3, 4)
w = 1 - 2j
print(z, w, z + w, z - w, z * w, z / w)
print(abs(z), z.conjugate(), z.real, z.imag, -z, +z)
print(complex(), complex(2), complex(2.5), complex(1, -1), complex('1+2j'), complex(' 3-4j '))
print(complex('j'), complex('-1.5e3j'), complex('2'), complex('(1+1j)'), complex('inf+nanj'))
print(1j ** 2, (1 + 1j) ** 2, (1 + 1j) ** 0, 2 ** 1j if False else 'skip', (2 + 0j) ** 3)
print(z == 3 + 4j, z != w, z == complex(3.0, 4.0), (1 + 0j) == 1, 0j == 0)
print(repr(complex(0, 0)), repr(complex(-0.0, 0)), repr(complex(0, -0.0)), repr(complex(1.5, 0)))
print(complex(1e300, 1e300), complex(float('inf'), -1), complex(float('nan'), 0))
print(hash(1 + 0j) == hash(1), hash(3 + 4j), hash(0j))
print(z * 2, z / 2, 2 / z, z + 1.5, 1.5 - z)
print(str(2j), str(-2j), str(1 - 1j), format(z, ''), format(z, '.2f'), format(z, '>20'))
for bad in ['1+', 'abc', '1+2', '1 + 2j', 'jj']:
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
try:
    z < w
except TypeError as e:
    print(type(e).__name__, e)
try:
    z // 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    z / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    int(z)
except TypeError as e:
    print(type(e).__name__, e)

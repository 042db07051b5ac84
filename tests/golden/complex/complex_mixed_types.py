# complex mixed with int, float and bool.
z = 2 + 3j
print(z + 1, 1 + z, z + 1.5, 1.5 + z, z + True, True + z)
print(z * 2, 2 * z, z * 0.5, z - 2, 2 - z, z / 2, 2 / z)
print(z ** 2, 2 ** z if False else 'skip', z ** 0.5 if False else 'skip2', z ** -1)
print(type(z + 1).__name__, type(1 + 0j).__name__, isinstance(z, complex))
print(z == 2 + 3j, 2 == 2 + 0j, 2.0 == complex(2, 0), z != 2)
print(bool(0j), bool(1j), bool(complex(0, 0)), bool(-0j))
print(abs(-3j), abs(3 + 4j), abs(complex(1e200, 1e200)))
total = 0j
for k in range(1, 6):
    total += complex(k, -k) / k
print(total)
print([z.real for z in [1 + 1j, 2j, 3]], [getattr(v, 'imag') for v in (1, 2.5, 3j)])

# Imaginary literals.
print(1j, 2J, 0j, 1.5j, 1e3j, 1_0j)
print(3 + 4j, 3 - 4j, -4j, (-0j))
print(.5j, 5.j, 1e-3j)
print(type(1j).__name__)
print((1j) ** 2)
print(1j * 1j == -1)
z = 2 + 3j
print(z.real, z.imag)
print(0x10 + 1j)
print(1j.imag, 1j.real)
print([1j, 2+0j, -1-1j])

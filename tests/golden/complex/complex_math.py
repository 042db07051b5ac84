# Complex arithmetic used for computation.
def mandel(c, limit=50):
    z = 0j
    for i in range(limit):
        z = z * z + c
        if abs(z) > 2:
            return i
    return limit
rows = []
for y in range(-5, 6):
    row = ''
    for x in range(-20, 8):
        n = mandel(complex(x / 10, y / 5))
        row += '#' if n == 50 else ('+' if n > 8 else '.')
    rows.append(row)
print('\n'.join(rows))
roots = []
for k in range(4):
    r = 1 + 0j
    angle_step = 1j
    for _ in range(k):
        r *= angle_step
    roots.append(r)
print(roots)
print(sum(roots), [r ** 4 for r in roots])
a, b, c = 1, 2, 5
disc = (b * b - 4 * a * c) ** 0.5
print(disc, (-b + disc) / (2 * a), (-b - disc) / (2 * a))
print((3 + 4j) ** 0.5, abs((3 + 4j) ** 0.5) ** 2)
print(1j ** 1j if False else 'skip', (-1) ** 0.5)
print(complex(2, 3) * complex(2, -3), (2 + 3j).conjugate() * (2 + 3j))
vals = [3 + 4j, 1 - 1j, -2j, 5 + 0j]
print(sorted(vals, key=abs), max(vals, key=lambda v: v.imag))
print([round(abs(v), 3) for v in vals])

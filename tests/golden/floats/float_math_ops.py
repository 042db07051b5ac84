# Everyday float computations without the math module.
def sqrt(x):
    g = x / 2.0
    for _ in range(30):
        g = (g + x / g) / 2.0
    return g
print(sqrt(2.0), sqrt(9.0), sqrt(1e10), sqrt(0.25))
def mean(xs):
    return sum(xs) / len(xs)
data = [2.5, 3.1, 4.7, 1.2, 9.9, 5.5]
m = mean(data)
var = sum((x - m) ** 2 for x in data) / (len(data) - 1)
print(m, var, var ** 0.5)
print(round(m, 3), f"{var:.4f}", '%.5g' % var)
c = [-40.0, 0.0, 37.0, 100.0]
print([c_ * 9 / 5 + 32 for c_ in c])
print([round((f - 32) * 5 / 9, 2) for f in [98.6, 212, -40, 0]])
total = 0.0
for i in range(1, 101):
    total += 1 / i
print(total)
x = 1.0
while x + 1.0 != x:
    x *= 2.0
print(x, x == 2.0 ** 53)
eps = 1.0
while 1.0 + eps / 2 != 1.0:
    eps /= 2
print(eps)
print(abs(-3.5), -abs(2.25), 7.0 // 2, 7.0 % 2.5)
print(sum([1e100, 1.0, -1e100]), sum([0.1] * 3), 3 * 0.1)
print(1 / 3 + 1 / 3 + 1 / 3, (1 / 49) * 49)
compound = 1000.0
for year in range(10):
    compound *= 1.05
print(compound, round(compound, 2), f"{compound:,.2f}")

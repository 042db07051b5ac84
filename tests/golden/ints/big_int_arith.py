# Arbitrary precision arithmetic.
a = 2 ** 200
b = 3 ** 150
print(a)
print(b)
print(a + b)
print(a - b)
print(b - a)
print(a * b)
print(a // b, a % b)
print(b // 12345678901234567890, b % 12345678901234567890)
print(-a * b)
f = 1
for i in range(1, 51):
    f *= i
print(f)
print(len(str(f)), str(f)[:10], str(f)[-15:])
print(f // (2 ** 40), f % 997)
print((10 ** 40 + 1) * (10 ** 40 - 1) == 10 ** 80 - 1)
print(2 ** 64 - 1, 2 ** 63, -(2 ** 63), -(2 ** 63) - 1)
print(0xFFFFFFFFFFFFFFFF + 1, 9223372036854775807 + 1)
print(-9223372036854775808 - 1, 9223372036854775807 * 2)
print((2 ** 64) * (2 ** 64), (2 ** 128) // (2 ** 64))
print(abs(-(10 ** 25)), -(-(10 ** 25)))
print(10 ** 25 == 10 ** 25, 10 ** 25 < 10 ** 25 + 1, -10 ** 25 < 10)
fib = [0, 1]
for _ in range(150):
    fib.append(fib[-1] + fib[-2])
print(fib[100], fib[150])
print(sum(range(10 ** 6)), sum(x * x for x in range(1000)))
print(int(1e20), int(-1e20), int(2.0 ** 80))
print(1 << 100, (1 << 100) >> 99, -(1 << 100) >> 1)

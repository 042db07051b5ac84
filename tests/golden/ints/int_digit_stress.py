# Multiplying and dividing numbers with many digits.
x = 1
for i in range(1, 200):
    x = x * i + 1
print(x % (10 ** 12), len(str(x)))
y = x // 987654321987654321
print(y % 10 ** 9, x % 987654321987654321)
print(str(2 ** 3000)[:30], str(2 ** 3000)[-30:])
s = str(7 ** 500)
print(len(s), s[100:140], sum(int(c) for c in s))
print(int(s) == 7 ** 500, int(s[::-1]) % 1000003)
a = 3 ** 400
b = 5 ** 300
q, r = divmod(a, b)
print(q * b + r == a, r < b, q % 10 ** 6)
print(-a // b, -a % b == b - r)
print((a * b) // a == b, (a * b) % a)
g1, g2 = 2 ** 100 * 3 ** 50, 2 ** 60 * 3 ** 80
while g2:
    g1, g2 = g2, g1 % g2
print(g1 == 2 ** 60 * 3 ** 50)
n = 10 ** 18
print(n * n, n * n - 1, (n * n - 1) // 9)
print(-(10 ** 18) * 10 ** 18, (-(10 ** 36)) // 7, (-(10 ** 36)) % 7)

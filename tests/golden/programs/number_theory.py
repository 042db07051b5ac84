# Number theory with big integers: sieves, modular arithmetic, a toy RSA,
# continued fractions, integer square roots and digit expansions.


def sieve(limit):
    is_prime = bytearray([1]) * (limit + 1)
    is_prime[0:2] = b'\x00\x00'
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            is_prime[p * p::p] = bytearray(len(range(p * p, limit + 1, p)))
        p += 1
    return [i for i, flag in enumerate(is_prime) if flag]


def is_probable_prime(n, bases=(2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37)):
    if n < 2:
        return False
    for p in bases:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in bases:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y


def modinv(a, m):
    g, x, _ = egcd(a, m)
    if g != 1:
        raise ValueError(f'{a} has no inverse modulo {m}')
    return x % m


def isqrt(n):
    if n < 0:
        raise ValueError('square root of negative number')
    if n == 0:
        return 0
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


def factorize(n):
    factors = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors


def format_factors(f):
    return ' * '.join(f'{p}^{e}' if e > 1 else str(p) for p, e in sorted(f.items()))


def continued_fraction(num, den):
    while den:
        q, r = divmod(num, den)
        yield q
        num, den = den, r


def convergents(terms):
    h_prev, h = 1, 0
    k_prev, k = 0, 1
    for a in terms:
        h_prev, h = a * h_prev + h, h_prev
        k_prev, k = a * k_prev + k, k_prev
        yield h_prev, k_prev


def sqrt2_digits(n):
    root = isqrt(2 * 10 ** (2 * n))
    s = str(root)
    return s[0] + '.' + s[1:]


def euler_phi(n):
    result = n
    for p in factorize(n):
        result -= result // p
    return result


primes = sieve(200)
print(len(primes), primes[:12], primes[-5:])
print('twin primes:', [(p, p + 2) for p in primes if p + 2 in set(primes)][:8])
print('goldbach:', {n: next((p, n - p) for p in primes if (n - p) in set(primes)) for n in range(4, 31, 2)})

mersenne = [p for p in primes[:20] if is_probable_prime(2 ** p - 1)]
print('mersenne exponents:', mersenne)
m127 = 2 ** 127 - 1
print('M127 =', m127, is_probable_prime(m127), is_probable_prime(m127 + 2))
carmichael = [n for n in range(3, 3000, 2) if not is_probable_prime(n) and
              all(pow(a, n - 1, n) == 1 for a in (2, 5, 7, 11) if n % a)]
print('fermat liars (odd composites passing base 2,5,7,11):', carmichael)

for n in (360, 9973, 2 ** 32 + 1, 600851475143, 10 ** 12 + 39, 2 ** 40 - 1):
    f = factorize(n)
    print(f'{n:>15,} = {format_factors(f):<28} phi={euler_phi(n)}')

print()
p = 2 ** 89 - 1
q = 2 ** 107 - 1
n = p * q
phi = (p - 1) * (q - 1)
e = 65537
d = modinv(e, phi)
print('n bits:', n.bit_length(), 'd*e % phi =', d * e % phi)
message = 'Golden tests!'
m = int.from_bytes(message.encode(), 'big')
c = pow(m, e, n)
back = pow(c, d, n)
print('m =', m)
print('c =', c)
print('decrypted:', back.to_bytes((back.bit_length() + 7) // 8, 'big').decode(), back == m)
sig = pow(m, d, n)
print('signature verifies:', pow(sig, e, n) == m, 'tampered:', pow(sig + 1, e, n) == m)
try:
    modinv(6, 9)
except ValueError as err:
    print('ValueError:', err)
print('pow inverse agrees:', pow(e, -1, phi) == d)

print()
print('sqrt(2) =', sqrt2_digits(60))
print('isqrt checks:', [isqrt(k) for k in (0, 1, 15, 16, 17, 10 ** 30, 2 ** 200)])
big = 12345678901234567890 ** 3
r = isqrt(big)
print(r, r * r <= big < (r + 1) ** 2)
try:
    isqrt(-4)
except ValueError as err:
    print('ValueError:', err)

cf = list(continued_fraction(415, 93))
print('415/93 =', cf)
pi_num, pi_den = 314159265358979323846, 10 ** 20
terms = list(continued_fraction(pi_num, pi_den))[:8]
print('pi terms:', terms)
for h, k in convergents(terms):
    approx = h / k
    print(f'  {h:>10}/{k:<8} = {approx:.15f}  err={abs(approx - 3.141592653589793):.3e}')

golden = [1] * 30
fibs = [k for _, k in convergents(golden)]
print('fibonacci via golden ratio convergents:', fibs[:15])
print('ratio:', f'{fibs[-1] / fibs[-2]:.15f}')

print()
digits = str(2 ** 1000)
print('2^1000 digit sum:', sum(map(int, digits)), 'length:', len(digits))
fact = 1
for k in range(1, 101):
    fact *= k
trailing = len(str(fact)) - len(str(fact).rstrip('0'))
print('100! digit sum:', sum(int(ch) for ch in str(fact)), 'trailing zeros:', trailing)


def collatz_len(n, cache={1: 1}):
    path = []
    while n not in cache:
        path.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    length = cache[n]
    for v in reversed(path):
        length += 1
        cache[v] = length
    return cache[path[0]] if path else length


best = max(range(1, 20000), key=collatz_len)
print('longest collatz start below 20000:', best, collatz_len(best))
print('even perfect numbers from mersenne primes:', [2 ** (p - 1) * (2 ** p - 1) for p in mersenne[:6]])
print('pythagorean triple count (c < 100):',
      sum(1 for a in range(1, 100) for b in range(a, 100) if isqrt(a * a + b * b) ** 2 == a * a + b * b
          and a * a + b * b < 10000))
print('modular tower 3^^4 mod 10^9+7:', pow(3, pow(3, pow(3, 3)), 10 ** 9 + 7))
print('negative modulo:', -7 % 3, pow(-7, 3, 5), divmod(-(10 ** 20), 7))

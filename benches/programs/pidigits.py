# Workload: digits of pi with big integers.
#
# Gibbons' unbounded spigot algorithm (the "pidigits" benchmark): a 2x2
# matrix of growing integers is composed with linear fractional transforms
# and digits are extracted with big-integer floor division. Also computes
# digits of e with a spigot, and checks a few big-integer identities.


def pi_digits(count):
    q, r, t, k = 1, 0, 1, 1
    n, l = 3, 3
    out = []
    while len(out) < count:
        if 4 * q + r - t < n * t:
            out.append(n)
            nr = 10 * (r - n * t)
            n = (10 * (3 * q + r)) // t - 10 * n
            q *= 10
            r = nr
        else:
            nr = (2 * q + r) * l
            nn = (q * (7 * k) + 2 + r * l) // (t * l)
            q *= k
            t *= l
            l += 2
            k += 1
            n = nn
            r = nr
    return out


def pi_machin(digits):
    """pi by Machin's formula in fixed point, as a cross-check."""
    scale = 10 ** (digits + 10)

    def arctan_inv(x):
        total = term = scale // x
        x2 = x * x
        n = 1
        sign = -1
        while term:
            term //= x2
            n += 2
            total += sign * (term // n)
            sign = -sign
        return total

    pi = 4 * (4 * arctan_inv(5) - arctan_inv(239))
    return pi // 10 ** 10


def e_digits(count):
    n = count + 10
    a = [1] * n
    out = [2]
    for _ in range(count - 1):
        carry = 0
        for i in range(n - 1, 0, -1):
            x = a[i] * 10 + carry
            a[i] = x % (i + 1)
            carry = x // (i + 1)
        out.append(carry)
    return out


def main():
    count = 3000
    digits = pi_digits(count)
    text = ''.join(map(str, digits))
    for i in range(0, 200, 50):
        print(text[i:i + 50])
    print('...')
    print(text[-50:])
    hist = [text.count(str(d)) for d in range(10)]
    print('histogram', hist)
    machin = str(pi_machin(count))
    print('machin agrees:', machin[:count - 5] == text[:count - 5])
    print('first 999999 at', text.find('999999'))
    e = ''.join(map(str, e_digits(400)))
    print('e', e[:40], e[-10:])
    big = 3 ** 4000
    print('3**4000 digits', len(str(big)), str(big)[:20], big % 1000000007)
    print('gcd', (2 ** 300 * 3 ** 50).bit_length(), pow(7, 10 ** 30, 10 ** 9 + 7),
          divmod(-10 ** 40 + 7, 97), (-(10 ** 30)) // 7, (10 ** 30) % -7)
    fact = 1
    for i in range(2, 1200):
        fact *= i
    s = str(fact)
    print('1199! has', len(s), 'digits, trailing zeros', len(s) - len(s.rstrip('0')),
          'digit sum', sum(map(int, s)))
    print(int('9' * 300) + 1 == 10 ** 300, hex(2 ** 130 - 1)[:12], (1 << 200) >> 190,
          -(2 ** 100) >> 3, (2 ** 100 - 1) & (2 ** 64 + 5), (12345678901234567890).to_bytes(9, 'big'))


main()

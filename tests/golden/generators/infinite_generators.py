# Infinite generators consumed partially.
def naturals(start=0):
    while True:
        yield start
        start += 1
def cycle(seq):
    while True:
        yield from seq
def repeat(value, times=None):
    if times is None:
        while True:
            yield value
    for _ in range(times):
        yield value
def islice(it, stop):
    for i, v in zip(range(stop), it):
        yield v
print(list(islice(naturals(5), 5)), list(islice(cycle('ab'), 5)), list(repeat('x', 3)), list(islice(repeat(0), 4)))
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
        n += 1
p = primes()
print([next(p) for _ in range(20)])
def triangular():
    total = 0
    for n in naturals(1):
        total += n
        yield total
print(list(islice(triangular(), 10)))
def take_while(pred, it):
    for v in it:
        if not pred(v):
            return
        yield v
print(list(take_while(lambda x: x < 50, (n * n for n in naturals()))))
powers = (2 ** n for n in naturals())
print([next(powers) for _ in range(70)][-1])
def pi_digits():
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    while True:
        if 4 * q + r - t < n * t:
            yield n
            q, r, n = 10 * q, 10 * (r - n * t), (10 * (3 * q + r)) // t - 10 * n
        else:
            q, r, t, k, n, l = q * k, (2 * q + r) * l, t * l, k + 1, (q * (7 * k + 2) + r * l) // (t * l), l + 2
print(''.join(str(d) for d in islice(pi_digits(), 60)))

# Workload: generators and an itertools pipeline.
#
# A stream of synthetic sensor readings flows through chained generator
# functions and generator expressions and the itertools building blocks
# (islice, chain, groupby, accumulate, count, cycle, tee, zip_longest,
# starmap, takewhile, dropwhile, filterfalse, compress, product,
# combinations, pairwise), with yield from, send() and close().

import itertools
from itertools import accumulate, chain, count, groupby, islice


def lcg(seed):
    state = seed
    while True:
        state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        yield state >> 33


def readings(seed, sensors):
    rng = lcg(seed)
    for tick in count():
        sensor = sensors[next(rng) % len(sensors)]
        value = (next(rng) % 2000 - 1000) / 10
        yield tick, sensor, value


def smooth(stream, width):
    window = []
    for tick, sensor, value in stream:
        window.append(value)
        if len(window) > width:
            window.pop(0)
        yield tick, sensor, sum(window) / len(window)


def only_positive(stream):
    for item in stream:
        if item[2] > 0:
            yield item


def batched(iterable, n):
    it = iter(iterable)
    while True:
        chunk = list(islice(it, n))
        if not chunk:
            return
        yield chunk


def flatten(nested):
    for x in nested:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x


def running_stats():
    total = 0.0
    n = 0
    result = None
    while True:
        value = yield result
        if value is None:
            break
        total += value
        n += 1
        result = (n, round(total / n, 6))
    return n


def primes():
    composites = {}
    for q in count(2):
        p = composites.pop(q, None)
        if p is None:
            yield q
            composites[q * q] = q
        else:
            x = q + p
            while x in composites:
                x += p
            composites[x] = p


def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def main():
    sensors = ['alpha', 'beta', 'gamma', 'delta']
    stream = islice(only_positive(smooth(readings(42, sensors), 5)), 60000)
    per_sensor = {}
    checksum = 0
    for chunk in batched(stream, 500):
        for tick, sensor, value in chunk:
            per_sensor[sensor] = per_sensor.get(sensor, 0) + 1
            checksum = (checksum * 31 + tick + int(value * 10)) % 1000000007
    print('per sensor', sorted(per_sensor.items()))
    print('checksum', checksum)

    data = list(islice(readings(7, sensors), 20000))
    keyed = sorted(data, key=lambda r: (r[1], r[0]))
    for sensor, group in groupby(keyed, key=lambda r: r[1]):
        values = [v for _, _, v in group]
        print('%-6s n=%d max=%.1f min=%.1f' % (sensor, len(values), max(values), min(values)))

    sums = list(accumulate(v for _, _, v in data))
    print('accumulate last', round(sums[-1], 4), 'max prefix', round(max(sums), 4))
    print('accumulate mul', list(accumulate(range(1, 11), lambda a, b: a * b))[-1])

    a, b = itertools.tee(x * x for x in range(1, 30001))
    evens = sum(x for x in a if x % 2 == 0)
    odds = sum(x for x in b if x % 2)
    print('tee sums', evens, odds)

    pairs = list(itertools.pairwise(v for _, _, v in data[:5000]))
    rises = sum(1 for x, y in pairs if y > x)
    print('rises', rises, 'of', len(pairs))

    cyc = itertools.cycle('abc')
    tags = ''.join(next(cyc) for _ in range(10))
    print('cycle', tags)
    print('zip_longest', list(itertools.zip_longest('abcd', range(2), fillvalue='-')))
    print('starmap', sum(itertools.starmap(pow, zip(range(2, 2000), itertools.repeat(3)))))
    small = list(takewhile_demo())
    print('takewhile/dropwhile', small)
    print('filterfalse', list(itertools.filterfalse(lambda x: x % 3, range(20))))
    print('compress', ''.join(itertools.compress('generators', [1, 0, 1, 1, 0, 1, 0, 1, 1, 0])))
    combos = sum(1 for c in itertools.combinations(range(18), 4) if sum(c) % 7 == 0)
    print('combinations', combos)
    grid = sum(x * y - z for x, y, z in itertools.product(range(25), range(25), range(25)))
    print('product', grid)
    print('chain', list(chain.from_iterable([[1, 2], (3,), 'ab'])), list(chain('xy', [0])))
    print('flatten', list(flatten([1, [2, [3, [4, [5]]], 6], [[7]], 8])))

    stats = running_stats()
    next(stats)
    last = None
    for v in range(1, 2001):
        last = stats.send(v * 0.5)
    try:
        stats.send(None)
    except StopIteration as stop:
        print('running stats', last, 'returned', stop.value)

    ps = primes()
    first = list(islice(ps, 3000))
    ps.close()
    print('primes', first[:10], first[-1], sum(first))
    longest = max(range(1, 40000), key=collatz_len)
    print('collatz', longest, collatz_len(longest))
    gen = (i * i for i in range(5))
    print('genexpr', list(gen), list(gen))


def takewhile_demo():
    src = [1, 3, 5, 8, 9, 11, 2, 4]
    yield from itertools.takewhile(lambda x: x % 2, src)
    yield '|'
    yield from itertools.dropwhile(lambda x: x % 2, src)


main()

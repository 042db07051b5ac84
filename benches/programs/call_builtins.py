# Call benchmark: calls of builtin functions and methods.
#
# len() on several container types, isinstance() with a class and with a
# tuple of classes, str.split() with no argument, with a positional separator
# and with sep= / maxsplit= keywords, plus other common natives: abs, min,
# max, ord, chr, getattr, hasattr, str.join, list.append, dict.get, int(),
# str(), sorted(), sum(), divmod().


class Base:
    pass


class Child(Base):
    pass


class Other:
    pass


def main():
    items = [[1, 2, 3], 'hello', (1, 2), {'a': 1}, {1, 2, 3, 4}, b'bytes', range(7), '']
    n = 0
    for i in range(100000):
        for x in items:
            n += len(x)
    print('len', n)

    objs = [Base(), Child(), Other(), 3, 'str', 2.5, None, [1]]
    hits = 0
    for i in range(60000):
        for o in objs:
            if isinstance(o, Base):
                hits += 1
            if isinstance(o, (int, float)):
                hits += 2
            if isinstance(o, (Other, str, list)):
                hits += 3
    print('isinstance', hits)

    line = 'alpha beta  gamma\tdelta epsilon'
    csv = 'k1=v1,k2=v2,k3=v3,k4=v4,k5=v5'
    parts = 0
    for i in range(60000):
        parts += len(line.split())
        parts += len(csv.split(','))
        parts += len(csv.split(sep=','))
        parts += len(csv.split(',', 2))
        parts += len(csv.split(sep='=', maxsplit=1))
        parts += len(line.split(None, 1))
    print('split', parts)

    acc = 0
    out = []
    table = {}
    for i in range(60000):
        acc += abs(i - 30000) + min(i, 500) + max(i % 7, 3, i % 11)
        acc += ord(chr(65 + i % 26))
        q, r = divmod(i, 7)
        acc += q - r
        out.append(i)
        table[i % 100] = table.get(i % 100, 0) + 1
        acc += int('12') + len(str(i))
        if hasattr(out, 'append') and getattr(out, 'pop', None) is not None:
            acc += 1
    print('misc', acc, len(out), len(table), sum(table.values()))

    words = []
    for i in range(3000):
        words.append('w' + str(i % 97))
    joined = 0
    for i in range(150):
        joined += len(' '.join(words)) + len(sorted(words[:200])) + sum(map(len, words[:100]))
    print('join/sorted', joined)
    print(len(line.split(' ')), line.split(maxsplit=2), csv.split(sep=',', maxsplit=-1)[-1])
    try:
        csv.split('')
    except ValueError as e:
        print('ValueError:', e)
    try:
        len(5)
    except TypeError as e:
        print('TypeError:', e)
    try:
        isinstance(1, 'int')
    except TypeError as e:
        print('TypeError:', e)


main()

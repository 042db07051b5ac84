# Workload: permutations and list manipulation.
#
# Lexicographic next-permutation and Heap's algorithm over all permutations
# of 8 elements, statistics on each permutation (fixed points, inversions,
# cycle type), permutation composition and inverses, hand-written merge and
# insertion sorts, slicing, rotation, list methods (insert, pop, remove,
# index, count, extend, reverse, sort with key).


def next_permutation(a):
    i = len(a) - 2
    while i >= 0 and a[i] >= a[i + 1]:
        i -= 1
    if i < 0:
        return False
    j = len(a) - 1
    while a[j] <= a[i]:
        j -= 1
    a[i], a[j] = a[j], a[i]
    a[i + 1:] = a[i + 1:][::-1]
    return True


def heap_permutations(n):
    a = list(range(n))
    c = [0] * n
    yield a[:]
    i = 0
    while i < n:
        if c[i] < i:
            if i % 2 == 0:
                a[0], a[i] = a[i], a[0]
            else:
                a[c[i]], a[i] = a[i], a[c[i]]
            yield a[:]
            c[i] += 1
            i = 0
        else:
            c[i] = 0
            i += 1


def inversions(p):
    count = 0
    n = len(p)
    for i in range(n):
        pi = p[i]
        for j in range(i + 1, n):
            if pi > p[j]:
                count += 1
    return count


def cycle_type(p):
    seen = [False] * len(p)
    lengths = []
    for start in range(len(p)):
        if not seen[start]:
            length = 0
            k = start
            while not seen[k]:
                seen[k] = True
                k = p[k]
                length += 1
            lengths.append(length)
    lengths.sort(reverse=True)
    return tuple(lengths)


def compose(p, q):
    return [p[q[i]] for i in range(len(q))]


def inverse(p):
    inv = [0] * len(p)
    for i, v in enumerate(p):
        inv[v] = i
    return inv


def merge_sort(xs):
    if len(xs) <= 1:
        return xs[:]
    mid = len(xs) // 2
    left = merge_sort(xs[:mid])
    right = merge_sort(xs[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


def insertion_sort(xs):
    xs = list(xs)
    for i in range(1, len(xs)):
        v = xs[i]
        j = i - 1
        while j >= 0 and xs[j] > v:
            xs[j + 1] = xs[j]
            j -= 1
        xs[j + 1] = v
    return xs


def rotate(xs, k):
    if not xs:
        return xs
    k %= len(xs)
    return xs[-k:] + xs[:-k]


def josephus(n, k):
    people = list(range(1, n + 1))
    order = []
    idx = 0
    while people:
        idx = (idx + k - 1) % len(people)
        order.append(people.pop(idx))
    return order


def main():
    n = 8
    a = list(range(n))
    count = 0
    fixed_hist = [0] * (n + 1)
    inv_total = 0
    types = {}
    derangements = 0
    checksum = 0
    while True:
        count += 1
        fixed = sum(1 for i in range(n) if a[i] == i)
        fixed_hist[fixed] += 1
        if fixed == 0:
            derangements += 1
        inv_total += inversions(a)
        t = cycle_type(a)
        types[t] = types.get(t, 0) + 1
        checksum = (checksum * 17 + a[0] * 8 + a[-1]) % 1000000007
        if not next_permutation(a):
            break
    print('permutations', count, 'derangements', derangements)
    print('fixed point histogram', fixed_hist)
    print('mean inversions', inv_total / count)
    print('cycle types', len(types))
    for t in sorted(types, key=lambda t: (-types[t], t))[:6]:
        print('  ', t, types[t])
    print('lexicographic checksum', checksum)
    print('final', a)

    seen = set()
    parity = [0, 0]
    heap_sum = 0
    for p in heap_permutations(7):
        seen.add(tuple(p))
        parity[inversions(p) % 2] += 1
        heap_sum += p[0] * p[3] - p[6]
    print('heap distinct', len(seen), 'parity', parity, 'sum', heap_sum)

    p = [3, 0, 6, 1, 7, 2, 5, 4]
    q = inverse(p)
    print('p', p, 'inverse', q, 'compose', compose(p, q))
    power = list(range(8))
    order = 0
    while True:
        power = compose(power, p)
        order += 1
        if power == list(range(8)):
            break
    print('order of p', order, 'cycle type', cycle_type(p))

    state = 12345
    data = []
    for _ in range(3000):
        state = (state * 1103515245 + 12345) % 2147483648
        data.append(state % 10007)
    s1 = merge_sort(data)
    s2 = insertion_sort(data[:600])
    print('merge sorted ok', s1 == sorted(data), s1[:5], s1[-3:])
    print('insertion sorted ok', s2 == sorted(data[:600]))
    words = ['w%d' % (x % 97) for x in data[:400]]
    words.sort(key=lambda w: (len(w), w))
    print('words', words[:5], words[-3:], words.count('w5'), words.index('w50'))
    buf = list(range(20))
    buf.insert(5, 'x')
    buf.remove(7)
    buf.extend(buf[:3])
    buf.reverse()
    del buf[2:6]
    buf[1:3] = ['a', 'b', 'c']
    print('buf', buf, buf.pop(), buf.pop(0), len(buf))
    print('rotate', rotate(list(range(10)), 3), rotate(list(range(10)), -13))
    print('josephus', josephus(41, 3)[-5:])
    grid = [[(r * 7 + c * 3) % 10 for c in range(6)] for r in range(5)]
    transposed = [list(col) for col in zip(*grid)]
    print('transposed', transposed[2], sum(map(sum, grid)), max(grid, key=sum))
    flat = [x for row in grid for x in row if x % 2]
    print('odd cells', len(flat), flat[::5], sorted(set(flat)))


main()

# Composing generators into lazy pipelines.
def numbers():
    n = 0
    while True:
        n += 1
        yield n
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
def filt(pred, it):
    for v in it:
        if pred(v):
            yield v
def mapper(fn, it):
    for v in it:
        yield fn(v)
def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True
print(list(take(15, filt(is_prime, numbers()))))
print(list(take(5, mapper(lambda x: x ** 3, filt(lambda x: x % 2, numbers())))))
def chunks(it, size):
    chunk = []
    for v in it:
        chunk.append(v)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
print(list(chunks(range(10), 4)))
def window(it, n):
    buf = []
    for v in it:
        buf.append(v)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield tuple(buf)
print(list(window('abcdef', 3)))
def running_total(it):
    total = 0
    for v in it:
        total += v
        yield total
print(list(running_total([3, 1, 4, 1, 5, 9, 2, 6])))
lines = ['# header', 'alice,30', '', 'bob,25', '# comment', 'carol,41']
records = (line.split(',') for line in lines if line and not line.startswith('#'))
people = ((name, int(age)) for name, age in records)
adults = [p for p in people if p[1] > 26]
print(adults)
trace = []
def stage(name, it):
    for v in it:
        trace.append(f'{name}:{v}')
        yield v
pipeline = stage('c', stage('b', stage('a', range(3))))
print(next(pipeline), trace)
print(list(pipeline), trace)
def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1
print(list(collatz(27))[:12], len(list(collatz(27))), max(collatz(27)))
def interleave(*its):
    its = [iter(i) for i in its]
    while its:
        for it in list(its):
            try:
                yield next(it)
            except StopIteration:
                its.remove(it)
print(list(interleave('abc', [1, 2], 'XYZW')))

# Default values are evaluated once, at definition time.
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
def safe_append(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(safe_append(1), safe_append(2))
counter = 10
def snapshot(v=counter):
    return v
counter = 20
print(snapshot(), counter)
def memo_fib(n, cache={0: 0, 1: 1}):
    if n not in cache:
        cache[n] = memo_fib(n - 1) + memo_fib(n - 2)
    return cache[n]
print(memo_fib(80), len(memo_fib.__defaults__[0]))
print(append_to.__defaults__, snapshot.__defaults__, safe_append.__defaults__)
def kw(a, *, b=[1]):
    b.append(a)
    return b
print(kw(5), kw(6), kw.__kwdefaults__)
funcs = []
for i in range(3):
    def bound(i=i):
        return i
    funcs.append(bound)
print([fn() for fn in funcs])

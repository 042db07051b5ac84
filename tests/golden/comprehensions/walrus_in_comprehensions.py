# Assignment expressions inside comprehensions bind in the enclosing scope.
data = [3, 8, 1, 9, 4]
results = [y for x in data if (y := x * 2) > 5]
print(results, y)
total = 0
running = [total := total + v for v in data]
print(running, total)
def first_match(items, pred):
    if any((hit := item) and pred(item) for item in items):
        return hit
    return None
print(first_match(['a', 'bb', 'ccc'], lambda s: len(s) > 1), first_match([], bool))
import_free = [(last := n) for n in range(5)]
print(import_free, last)
def f():
    [inner := n for n in range(3)]
    return inner
print(f())
values = [1, 2, 3, 4, 5, 6]
print([(n, sq) for n in values if (sq := n * n) % 2 == 0])
print({k: (doubled := k * 2) for k in range(3)}, doubled)
lines = ['key1=val1', 'noeq', 'key2=val2']
print([(m[0], m[2]) for line in lines if (m := line.partition('='))[1]])

# iter() and next(), including the sentinel form.
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, 'done'), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e), e.args)
s = iter('ab')
print(next(s), next(s), list(s))
d = iter({'x': 1, 'y': 2})
print(list(d))
data = [5, 3, 0, 7, 0]
pos = [0]
def reader():
    v = data[pos[0]]
    pos[0] += 1
    return v
print(list(iter(reader, 0)))
print(list(iter(reader, 0)))
count = [0]
def tick():
    count[0] += 1
    return count[0]
print(list(iter(tick, 5)))
it2 = iter(range(3))
print(iter(it2) is it2, list(it2))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(4)), [x * 2 for x in Countdown(3)])
for bad in (lambda: iter(5), lambda: next([1]), lambda: iter(len, 1, 2), lambda: iter(5, 0)):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
class OldSeq:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return chr(97 + i)
print(list(iter(OldSeq())), list(OldSeq()))

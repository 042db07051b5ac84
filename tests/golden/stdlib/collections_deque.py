# collections.deque
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d.pop(), d.popleft(), d)
d.extend('ab')
d.extendleft('xy')
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d = deque(range(5), maxlen=3)
print(d, d.maxlen)
d.append(9)
print(d)
d.appendleft(7)
print(d)
d.extend([1, 2])
print(d)
d.extendleft([5])
print(d)
print(deque('abc') == deque('abc'), deque('abc') == list('abc'), deque('ab') < deque('b'),
      deque() == deque([], 5), deque([1, 2]) != deque([1]), deque([1, 2]) >= deque([1, 2]))
d = deque('abcabc')
print(d.count('a'), d.index('c'), d.index('a', 1), 'b' in d, 'z' in d, d.index('c', -2))
d.remove('b')
print(d)
d.insert(1, 'Q')
print(d)
d.reverse()
print(d)
del d[0]
print(d)
d[0] = 'Z'
print(d, d[-2])
print(deque('ab') + deque('cd'), deque('ab') * 2, 3 * deque('x'), list(reversed(deque('abc'))))
print(bool(deque()), bool(deque([0])), deque('ab', 2).copy(), deque(maxlen=0), deque([], 2))
dd = deque([1])
dd += [2, 3]
dd *= 2
print(dd)
d = deque()
d.append(d)
print(d)
for f in [lambda: deque('abc', -1), lambda: deque('abc').remove('z'), lambda: deque('abc').index('z'),
          lambda: deque('abc')['a'], lambda: deque('abc')[1:2], lambda: deque('ab', 2).insert(0, 'x'),
          lambda: deque() + [1], lambda: deque().pop(), lambda: deque().popleft(),
          lambda: deque('a')[5], lambda: deque('abc', 'x')]:
    try:
        print(f())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
d = deque([1, 2, 3])
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print('RuntimeError', e)

# A queue used from both ends.
q = deque()
for i in range(100):
    q.append(i)
total = 0
while q:
    total += q.popleft()
    if len(q) % 7 == 0 and total < 3000:
        q.appendleft(total % 5)
print(total, len(q))
q = deque(maxlen=4)
for i in range(10):
    q.appendleft(i)
    if i % 3 == 0:
        q.pop()
print(q, list(q))
d = deque(range(10))
d.rotate(13)
print(d)
d.clear()
print(d, len(d))


class Sub(deque):
    pass


s = Sub('ab', 3)
print(s, s.copy(), type(s + Sub('c')).__name__)

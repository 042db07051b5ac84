# collections.Counter
from collections import Counter

c = Counter('abracadabra')
print(c, c.most_common(2), c['z'], c.total(), sorted(c.elements()))
print(c.most_common(), c.most_common(0), c.most_common(-1))
c.update('aaz')
c.subtract({'b': 5})
print(c)
c.subtract('aaa')
c.update({'q': 3}, r=1)
print(c)
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter(a=3, b=1) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2))
print(+Counter(a=1, b=-2, c=0), -Counter(a=1, b=-2), Counter())
print(Counter({'x': 2}) == Counter({'x': 2, 'y': 0}), Counter(a=1) <= Counter(a=2),
      Counter(a=1) < Counter(a=1), Counter(a=2) > Counter(a=1), Counter(a=1) == {'a': 1})
c = Counter(a=2)
c += Counter(a=-5, b=1)
print(c)
del c['zz']
print(c)
c = Counter(a=3, b=2)
c -= Counter(a=1)
c |= Counter(b=5)
c &= Counter(a=1, b=4)
print(c)
try:
    Counter.fromkeys('ab')
except NotImplementedError as e:
    print('NotImplementedError', e)
print(Counter('hello world').most_common())
print(Counter([1, 2, 2, 3, 3, 3]).most_common(1), list(Counter('aab').items()))
words = 'the cat and the hat and the bat'.split()
wc = Counter(words)
print(wc, wc['the'], len(wc), sorted(wc))
print(Counter(cats=4, dogs=8), Counter({'x': 1, 'y': 0}).total(), dict(Counter('aab')))
print(Counter({'a': 1.5, 'b': 0.5}), Counter({'b': 'x', 'a': 'y'}))
c = Counter('ab')
c['a'] += 1
print(c.copy(), type(c.copy()).__name__, repr(Counter()), isinstance(c, dict))


class MyCounter(Counter):
    pass


print(MyCounter('aab'))

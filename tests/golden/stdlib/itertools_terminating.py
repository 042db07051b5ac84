# itertools: accumulate, chain, compress, dropwhile, takewhile, filterfalse,
# groupby, islice, pairwise, starmap, tee, zip_longest.
import operator
from itertools import (accumulate, chain, compress, dropwhile, takewhile,
                       filterfalse, groupby, islice, pairwise, starmap, tee,
                       zip_longest, count)

print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], initial=10)))
print(list(accumulate([], initial=5)), list(accumulate([3, 1, 4], max)), list(accumulate([])))
print(list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate('abc')))

print(list(chain('ab', [1, 2], ())), list(chain.from_iterable(['ab', 'cd'])), list(chain()))
ch = chain.from_iterable(iter([[1], [2, 3]]))
print(next(ch), list(ch), type(ch).__name__)

print(list(compress('abcdef', [1, 0, 1, 0, 1, 1])), list(compress('abc', [1])))
print(list(dropwhile(lambda x: x < 3, [1, 2, 3, 4, 1])))
print(list(takewhile(lambda x: x < 3, [1, 2, 3, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a', None])))

print([(k, list(g)) for k, g in groupby('aaabbcaa')])
print([(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5, 6], key=lambda x: x // 3)])
g = groupby('aabbc')
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2))
print([k for k, _ in groupby('aaabbbcccd')], list(groupby([])))
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry']
for letter, group in groupby(words, key=lambda w: w[0]):
    print(letter, list(group))

print(list(islice('abcdefg', 2)), list(islice('abcdefg', 2, 4)), list(islice('abcdefg', 2, None)))
print(list(islice('abcdefg', 0, None, 2)), list(islice('abc', None)), list(islice(count(), 2, 10, 3)))
for args in [(-1,), (1, -1), (-5,), ('a',), (1, 2, 0), (1, 2, -1), (None, None, 'x'),
             (2 ** 70,), ('x', 3), (1, -3), (1.5,)]:
    try:
        islice('abc', *args)
    except ValueError as e:
        print('ValueError', e)
try:
    islice('abc')
except TypeError as e:
    print('TypeError', e)
try:
    islice('abc', 1, 2, 3, 4)
except TypeError as e:
    print('TypeError', e)
it = iter(range(10))
print(list(islice(it, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 1, 3)), next(it))

print(list(pairwise('abcd')), list(pairwise('a')), list(pairwise('')))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(starmap(lambda *a: sum(a), [[1, 2, 3]])))

a, b = tee([1, 2, 3])
print(next(a), list(a), list(b))
x, y, z = tee(range(3), 3)
print(list(x), list(z), list(y), tee('a', 0))
a, b = tee(iter([1, 2]))
c, d = tee(a)
print(c is a, list(c), list(d), list(b), type(a).__name__)
try:
    tee([], -1)
except ValueError as e:
    print('ValueError', e)

print(list(zip_longest('abc', [1])), list(zip_longest('ab', 'xyz', fillvalue='-')), list(zip_longest()))
print(list(zip_longest([1, 2], [], [3])))

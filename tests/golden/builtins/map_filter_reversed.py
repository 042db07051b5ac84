# map(), filter(), reversed() are lazy.
print(list(map(str, [1, 2, 3])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(abs, ())))
print(list(filter(None, [0, 1, '', 'a', None, [], [0]])), list(filter(lambda x: x % 2, range(10))))
print(list(filter(str.isdigit, 'a1b2c3')), ''.join(filter(str.isalpha, 'h3ll0 w0rld')))
log = []
def double(x):
    log.append(x)
    return x * 2
m = map(double, [1, 2, 3])
print(log)
print(next(m), log)
print(list(m), log)
print(list(m))
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(4))), list(reversed((1, 2))))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(reversed(Seq())), list(Seq()), 20 in Seq())
class Rev:
    def __reversed__(self):
        return iter('custom')
print(list(reversed(Rev())))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    map(5, [1])
    list(map(5, [1]))
except TypeError as e:
    print(type(e).__name__, e)
r = reversed([1, 2, 3])
print(next(r), list(r))
words = ['apple', 'Banana', 'cherry']
print(list(map(len, words)), list(map(str.upper, words)), sorted(map(str.lower, words)))
print(sum(map(int, '12345')), max(map(len, words)), list(map(pow, [2, 3], [3, 2])))

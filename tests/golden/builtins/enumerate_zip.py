# enumerate() and zip().
for i, ch in enumerate('abc'):
    print(i, ch)
print(list(enumerate(['x', 'y'], 1)), list(enumerate('ab', start=-1)), list(enumerate([])))
print(list(enumerate(range(3), 10 ** 20)))
e = enumerate('xyz')
print(next(e), next(e), list(e), list(e))
print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip([1])), list(zip('ab', 'cd', 'ef')))
names = ['ann', 'bob', 'cid']
ages = [31, 25, 40]
print(dict(zip(names, ages)), [f'{n}={a}' for n, a in zip(names, ages)])
pairs = [(1, 'a'), (2, 'b'), (3, 'c')]
nums, lets = zip(*pairs)
print(nums, lets)
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], [3, 4], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
print(list(zip([1, 2], [3, 4], strict=True)))
z = zip(range(3), range(10))
print(next(z), list(z))
def gen():
    for i in range(5):
        print('  gen yields', i)
        yield i
print(list(zip(gen(), 'ab')))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)])
try:
    enumerate(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    zip(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

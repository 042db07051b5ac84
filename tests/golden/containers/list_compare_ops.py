# Comparison, membership and conversion of sequences.
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 2, 3], [2] > [1, 100], [] < [0], [1, 'a'] == [1, 'a'])
print([1, 2] == (1, 2), list((1, 2)) == [1, 2], [[1]] == [[1.0]])
print(3 in [1, 2, 3], [3] in [[3]], 'x' not in ['a'], None in [None])
print(len([None] * 5), [None] * 2, [1, 2].__eq__((1, 2)), [].__len__())
print(min([[2, 1], [1, 5], [1, 2]]), max([(1, 'b'), (1, 'a')]))
print(list(map(len, [[1], [], [1, 2]])), [x for x in [1, 2, 3] if x != 2])
try:
    [1, 2] < [1, 'x']
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] < (1,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash([])
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1, 2][1:2] = 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    [] + ()
except TypeError as e:
    print(type(e).__name__, e)
try:
    idx = None
    [1][idx]
except TypeError as e:
    print(type(e).__name__, e)
print(bool([]), bool([0]), bool(()), not [[]])

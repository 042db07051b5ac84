# sorted and list.sort with key and reverse.
nums = [5, -3, 10, 0, -7, 3, 8]
print(sorted(nums), sorted(nums, reverse=True), sorted(nums, key=abs), sorted(nums, key=abs, reverse=True))
words = ['banana', 'Apple', 'cherry', 'date', 'Elderberry', 'fig']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: w[-1]))
print(sorted(words, key=lambda w: (len(w), w)), sorted(words, key=len, reverse=True))
people = [('Ann', 30), ('Bob', 25), ('Cid', 30), ('Dee', 22)]
print(sorted(people, key=lambda p: p[1]), sorted(people, key=lambda p: (-p[1], p[0])))
lst = [3, 1, 2]
print(lst.sort(), lst)
lst.sort(key=lambda x: -x)
print(lst)
print(sorted('hello'), sorted((3, 1, 2)), sorted({'b': 1, 'a': 2}), sorted({3, 1, 2}))
print(sorted([[2, 'b'], [1, 'z'], [2, 'a'], [1]]), sorted([(1, 2), (1,), ()]))
print(sorted([1.5, 1, True, 0, -0.5]), sorted([], reverse=True))
try:
    sorted([1, 'a', 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    [3, None].sort()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
print(max(words, key=len), min(words, key=len), max(people, key=lambda p: p[1]))
matrix = [[3, 1], [1, 2], [2, 0]]
print(sorted(matrix, key=lambda r: r[1]), sorted(map(sorted, matrix)))

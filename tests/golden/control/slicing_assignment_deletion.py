# Slice assignment, extended slices and deletion in loops.
letters = list('abcdefgh')
letters[1:3] = ['B', 'C']
print(''.join(letters))
letters[::3] = [x.upper() for x in letters[::3]]
print(''.join(letters))
letters[-2:] = []
print(''.join(letters))
letters[len(letters):] = list('xyz')
print(''.join(letters))
del letters[1::2]
print(''.join(letters))
nums = list(range(10))
nums[2:8:2] = [-1, -2, -3]
print(nums)
nums[:] = nums[::-1]
print(nums)
nums[3:3] = [100, 200]
print(nums)
evens = [n for n in range(20)]
for i in range(len(evens) - 1, -1, -1):
    if evens[i] % 2:
        del evens[i]
print(evens)
rows = [[1, 2, 3], [4, 5, 6]]
for row in rows:
    row[1:2] = []
print(rows)
matrix = [[0] * 4 for _ in range(3)]
for r in range(3):
    matrix[r][r:r + 2] = [1, 1]
print(matrix)
s = list('hello world')
s[0], s[6] = s[0].upper(), s[6].upper()
print(''.join(s))
buf = bytearray(b'0123456789')
buf[2:5] = b'-'
del buf[-3:]
print(buf)

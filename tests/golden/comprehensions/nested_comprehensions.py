# Nested and multi-clause comprehensions.
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([[row[i] for row in matrix] for i in range(3)])
print([[v * 10 for v in row if v % 2] for row in matrix])
print([v for row in matrix for v in row if v > 4])
print(sum(v for row in matrix for v in row), max(max(row) for row in matrix))
ident = [[1 if i == j else 0 for j in range(4)] for i in range(4)]
for row in ident:
    print(row)
def matmul(a, b):
    return [[sum(x * y for x, y in zip(r, c)) for c in zip(*b)] for r in a]
print(matmul(matrix, ident) == matrix, matmul(matrix, matrix))
triples = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(triples)
board = [['.' for _ in range(5)] for _ in range(3)]
board[1][2] = '#'
print('\n'.join(''.join(r) for r in board))
words = ['hello', 'world', 'python']
print({w: {c: w.count(c) for c in sorted(set(w))} for w in words})
print([(i, j, k) for i in range(2) for j in range(2) for k in range(2) if i + j + k == 2])
pascal = [[1]]
for _ in range(6):
    prev = pascal[-1]
    pascal.append([1] + [prev[i] + prev[i + 1] for i in range(len(prev) - 1)] + [1])
for row in pascal:
    print(' '.join(str(v) for v in row).center(30).rstrip())

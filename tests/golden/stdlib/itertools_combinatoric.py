# itertools: product, permutations, combinations, combinations_with_replacement.
from itertools import product, permutations, combinations, combinations_with_replacement

print(list(product('ab', range(2))))
print(list(product([1, 2], repeat=2)))
print(list(product()), list(product('ab', [])), list(product('ab', repeat=0)))
print(list(product('ab', 'c', repeat=2)))
print(list(permutations('abc')))
print(list(permutations(range(3), 2)))
print(list(permutations('ab', 3)), list(permutations([], 0)), list(permutations('abc', 0)))
print(list(combinations('abcd', 2)))
print(list(combinations(range(4), 3)), list(combinations('ab', 3)), list(combinations('ab', 0)))
print(list(combinations_with_replacement('abc', 2)))
print(list(combinations_with_replacement('', 2)), list(combinations_with_replacement('', 0)))
print(list(combinations_with_replacement([1, 2], 3)))
for f in (lambda: permutations('a', -1), lambda: combinations('a', -1),
          lambda: product('a', repeat=-1), lambda: combinations_with_replacement('a', -2)):
    try:
        f()
    except ValueError as e:
        print('ValueError', e)
print(len(list(permutations(range(5)))), len(list(combinations(range(10), 4))))
print(sum(1 for _ in product(range(10), repeat=3)))
print(sum(1 for _ in combinations_with_replacement(range(5), 3)))
# Items are positions, so equal values still count separately.
print(list(permutations('aa')), list(combinations('aab', 2)))
# Inputs are consumed at creation.
it = iter([1, 2, 3])
p = product(it, repeat=1)
print(list(it), list(p))

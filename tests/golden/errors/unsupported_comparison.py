# Ordering comparison between incompatible types.
print(sorted([3, 1, 2]))
print(sorted([3, 'one', 2]))

# Concatenating a list and a tuple.
items = [1, 2]
print(items + [3])
print(items + (3,))

# Shadowing a builtin and then calling it.
list = [1, 2, 3]
print(list)
numbers = list(range(3))

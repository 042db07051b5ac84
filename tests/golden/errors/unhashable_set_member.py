# Adding a dict to a set.
s = {1, 2}
s.add(3)
print(sorted(s))
s.add({'a': 1})

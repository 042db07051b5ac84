# float() of a non-numeric string.
print(float('1e3'))
print(float('one'))

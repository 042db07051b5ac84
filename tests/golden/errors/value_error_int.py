# int() of a non-numeric string.
for s in ['12', ' 7 ', 'abc']:
    print(int(s))

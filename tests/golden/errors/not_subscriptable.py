# Subscripting an int.
n = 12345
print(str(n)[0])
digit = n[0]

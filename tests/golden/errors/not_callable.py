# Calling an int.
value = 10
print(value * 2)
value()

# Missing attribute on an int.
n = 5
print(n.real)
print(n.foo)

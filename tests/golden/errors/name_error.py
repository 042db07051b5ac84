# Reading a name that was never assigned.
count = 3
print('count is', count)
print(x)

# Iterating over an int.
total = 0
for i in range(3):
    total += i
print(total)
for ch in 42:
    print(ch)

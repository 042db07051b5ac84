# Repeating a sequence with a float count.
row = [0] * 3
print(row)
row = [0] * 2.5

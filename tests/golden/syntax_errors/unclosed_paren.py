print('never printed: the file must fail to compile')
total = sum([1, 2, 3]
print(total)

print('never printed: the file must fail to compile')
print(sep='-', 'a')

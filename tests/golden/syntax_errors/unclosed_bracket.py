print('never printed: the file must fail to compile')
items = [1, 2, 3

print('never printed: the file must fail to compile')
values = (1, 2, 3]

print('never printed: the file must fail to compile')
5 = x

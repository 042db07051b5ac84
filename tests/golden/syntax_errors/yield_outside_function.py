print('never printed: the file must fail to compile')
yield 5

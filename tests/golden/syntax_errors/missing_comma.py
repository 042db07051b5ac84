print('never printed: the file must fail to compile')
nums = [1, 2 3]

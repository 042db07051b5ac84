print('never printed: the file must fail to compile')
x = 1
return x

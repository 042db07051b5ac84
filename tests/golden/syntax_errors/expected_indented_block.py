print('never printed: the file must fail to compile')
x = 1
if x:
print(x)

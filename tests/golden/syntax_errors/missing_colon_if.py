print('never printed: the file must fail to compile')
x = 3
if x > 1
    print(x)

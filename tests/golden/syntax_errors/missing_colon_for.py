print('never printed: the file must fail to compile')
for i in range(3)
    print(i)

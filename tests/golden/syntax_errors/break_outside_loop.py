print('never printed: the file must fail to compile')
if True:
    break

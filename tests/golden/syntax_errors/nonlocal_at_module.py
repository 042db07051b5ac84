print('never printed: the file must fail to compile')
def f():
    return 1
nonlocal x

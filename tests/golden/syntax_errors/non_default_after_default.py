print('never printed: the file must fail to compile')
def f(a=1, b):
    pass

print('never printed: the file must fail to compile')
def f():
    continue

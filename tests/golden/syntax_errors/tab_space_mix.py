print('never printed: the file must fail to compile')
def f():
        a = 1
	return a

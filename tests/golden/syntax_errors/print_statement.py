print('never printed: the file must fail to compile')
print 'hello'

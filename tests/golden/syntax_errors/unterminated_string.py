print('never printed: the file must fail to compile')
name = 'unterminated
print(name)

print('never printed: the file must fail to compile')
x = f'value: {}'

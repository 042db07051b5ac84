print('never printed: the file must fail to compile')
class = 'math'

print('never printed: the file must fail to compile')
y := 5

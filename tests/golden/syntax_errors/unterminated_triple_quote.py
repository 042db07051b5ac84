print('never printed: the file must fail to compile')
doc = """starts here
and never
ends

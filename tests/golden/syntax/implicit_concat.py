# Implicit concatenation of adjacent literals.
s = 'abc' "def" '''ghi'''
print(s)
t = ('first '
     'second '
     'third')
print(t)
print(r'\n' '\n' == '\\n\n')
x = 5
print('x=' f'{x}' ' done')
print(f'{x}' 'y' f'{x+1}')
b = b'ab' b'cd' rb'\e'
print(b)
print(len('a' 'b' 'c'))
print(['a' 'b', 'c'])
print(("no" "comma"))

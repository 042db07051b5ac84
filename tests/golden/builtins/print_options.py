# print() with sep, end, file and flush.
import sys
print()
print('a', 'b', 'c')
print('a', 'b', 'c', sep='')
print('a', 'b', 'c', sep=', ')
print('no newline', end='')
print(' <- continued')
print('x', 'y', sep='-', end='!\n')
print(1, 2.5, None, True, [1], (2,), {'k': 3}, sep=' | ')
print('to stdout', file=sys.stdout)
print('flushed', flush=True)
print(*range(5))
print(*'abc', sep='.')
print(*[], sep='X', end='[empty]\n')
print('multi\nline', 'text', sep='\n')
print('tab\tsep', 'end', sep='\t', end='\t|\n')
print(sep='ignored', end='only end\n')
print('None sep', 'works', sep=None)
print('None end', end=None)
print('same line?')
sys.stdout.write('written directly\n')
n = sys.stdout.write('abc')
print('', n)
class Custom:
    def __str__(self):
        return 'custom-str'
    def __repr__(self):
        return 'custom-repr'
print(Custom(), [Custom()], str(Custom()), repr(Custom()))
try:
    print('x', sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print('x', end=[])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print('x', bogus=1)
except TypeError as e:
    print(type(e).__name__, e)

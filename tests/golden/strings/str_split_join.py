# split, rsplit, splitlines, partition, join.
print('a,b,,c'.split(','), 'a,b,,c'.split(',', 1), 'a,b,,c'.rsplit(',', 1), 'a,b,,c'.rsplit(','))
print('  a  b\tc\n d  '.split(), '  a  b  '.split(None, 1), '  a  b  '.rsplit(None, 1))
print(''.split(), ''.split(','), '   '.split(), ','.split(','), 'abc'.split('abc'))
print('a--b--c'.split('--'), 'a--b--c'.split('--', 0), 'x'.split('x', 5))
print('1 2 3'.split(' '), '1  2'.split(' '), ' 1 2 '.split(' '))
text = 'line one\nline two\r\nline three\rfour\n\nlast'
print(text.splitlines(), text.splitlines(True))
print(''.splitlines(), '\n'.splitlines(), 'x\n'.splitlines(), 'x\n'.split('\n'))
print('a\x0bb\x0cc\x1cd\x85e\u2028f'.splitlines())
print('key=value=x'.partition('='), 'key=value=x'.rpartition('='), 'novalue'.partition('='), 'novalue'.rpartition('='))
print(','.join(['a', 'b', 'c']), ''.join('xyz'), ' - '.join(('1', '2')), ','.join([]), 'ab'.join('123'))
print('\n'.join(str(i) for i in range(3)))
try:
    ','.join([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    'abc'.split('')
except ValueError as e:
    print(type(e).__name__, e)
words = 'The rain in Spain stays mainly in the plain'.split()
print(len(words), sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(' '.join(reversed(words)), ' '.join(w[::-1] for w in words))
csv = 'name,age,city\nAnn,30,Oslo\nBob,25,Rome'
rows = [line.split(',') for line in csv.splitlines()]
print(rows, [r[1] for r in rows[1:]])

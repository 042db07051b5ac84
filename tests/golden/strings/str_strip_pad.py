# strip, padding and prefix/suffix removal.
s = '  \t hello world \n '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr('xxhixx'.strip('x')), repr('abcHIcba'.strip('abc')), repr('www.example.com'.lstrip('w.')), repr('path///'.rstrip('/')))
print(repr(''.strip()), repr('   '.strip()), repr('\u3000wide\u3000'.strip()))
print(repr('abc'.center(9)), repr('abc'.center(8, '*')), repr('abc'.center(2)), repr('ab'.center(7, '-')))
print(repr('abc'.ljust(6)), repr('abc'.rjust(6)), repr('abc'.ljust(6, '.')), repr('abc'.rjust(2, '.')))
print('42'.zfill(5), '-42'.zfill(5), '+42'.zfill(5), 'abc'.zfill(5), '12345'.zfill(3), ''.zfill(2))
print(repr('a\tbc\tdef\tg'.expandtabs()), repr('a\tbc\tdef'.expandtabs(4)), repr('x\ty\n\tz'.expandtabs(2)))
print('TestCase'.removeprefix('Test'), 'TestCase'.removeprefix('Case'), 'file.txt'.removesuffix('.txt'), 'file.txt'.removesuffix('.py'))
try:
    'abc'.center(10, '**')
except TypeError as e:
    print(type(e).__name__, e)
table = [('apple', 3, 1.5), ('banana', 12, 0.25), ('kiwi', 100, 12.0)]
for name, qty, price in table:
    print('|' + name.ljust(8) + '|' + str(qty).rjust(5) + '|' + ('%.2f' % price).rjust(7) + '|')
print('=' * 24)
print('Total'.center(24, '~'))

# Escape sequences in str and bytes literals.
s = 'a\tb\nc\\d\'e\"f'
print(repr(s))
print(len(s))
print(repr('\a\b\f\v\r\0'))
print(repr('\x41\x42\x7f\x80\xff'))
print(repr('\101\102\7\77\777'))
print('\u00e9\u4e2d\U0001F600' == 'é中😀')
print(repr('\u00e9'), ascii('\u00e9\u4e2d'))
print(ascii('\U0001F600'), len('\U0001F600'))
print('\N{LATIN SMALL LETTER E WITH ACUTE}')
print(repr(b'\x00\x01\xfe\xff'), list(b'\x00\x01\xfe\xff'))
print(repr(b'\t\n\r\\'))
print(repr('line1\
line2'))
print(repr('\\n'), repr('\\'))
print([ord(c) for c in '\n\t\r\0\x1b'])
print(repr(chr(0x7f)), repr(chr(0xa0)), repr(chr(0xad)), repr(chr(0x2028)))
print(repr('\U00010000'), repr('\ud800'))

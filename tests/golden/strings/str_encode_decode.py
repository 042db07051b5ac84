# encode/decode between str and bytes.
s = 'Grüße, 世界! 😀'
b = s.encode()
print(b, len(s), len(b))
print(b.decode(), b.decode('utf-8') == s)
print(s.encode('utf-8'), 'abc'.encode('ascii'), 'é'.encode('latin-1'))
print('ab€'.encode('ascii', 'ignore'), 'ab€'.encode('ascii', 'replace'), 'ab€'.encode('ascii', 'backslashreplace'))
print(b'caf\xc3\xa9'.decode(), b'caf\xe9'.decode('latin-1'), b'\xff\xfe'.decode('utf-8', 'replace'))
print(b'ab\xffcd'.decode('utf-8', 'ignore'), b'ab\xffcd'.decode('utf-8', 'backslashreplace'))
try:
    'ü'.encode('ascii')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    b'\xc3'.decode()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(str(b'abc', 'ascii'), str(b'\xc3\xa9', 'utf-8'), bytes('é', 'utf-8'))
print(list('é'.encode()), list('€'.encode()), list('😀'.encode()))
print(issubclass(UnicodeDecodeError, ValueError), issubclass(UnicodeError, ValueError))

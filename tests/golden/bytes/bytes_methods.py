# The str-like methods of bytes.
b = b'  The Quick Brown Fox  '
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b' Tx'))
print(b.upper(), b.lower(), b.swapcase(), b.strip().title(), b'hello world'.capitalize())
print(b.split(), b'a,b,,c'.split(b','), b'a,b,c'.rsplit(b',', 1), b'x y  z'.split(None, 1))
print(b'line1\nline2\r\nline3'.splitlines(), b'k=v'.partition(b'='), b'a.b.c'.rpartition(b'.'))
print(b'-'.join([b'a', b'b', b'c']), b''.join([b'x', bytearray(b'y')]))
print(b'banana'.find(b'an'), b'banana'.rfind(b'an'), b'banana'.index(b'n'), b'banana'.count(b'a'), b'banana'.find(110))
print(b'banana'.replace(b'a', b'o'), b'banana'.replace(b'a', b'', 2), b'banana'.startswith(b'ban'), b'banana'.endswith((b'x', b'na')))
print(b'abc'.center(9, b'*'), b'abc'.ljust(5), b'abc'.rjust(5, b'0'), b'42'.zfill(5), b'-42'.zfill(6))
print(b'abc123'.isalnum(), b'abc'.isalpha(), b'123'.isdigit(), b'   '.isspace(), b'ABC'.isupper(), b'abc'.islower(), b'Ab Cd'.istitle())
print(b'\xc3\xa9'.isalpha(), b''.isalpha(), b'a1'.isascii(), b'\x80'.isascii())
print(b'hello'.translate(bytes.maketrans(b'el', b'ip')), b'hello'.translate(None, b'l'))
print(b'tab\there'.expandtabs(4), b'prefix_name'.removeprefix(b'prefix_'), b'name.txt'.removesuffix(b'.txt'))
print(b'caf\xc3\xa9'.decode('utf-8'), b'abc'.decode(), len(b'\xc3\xa9'.decode()))
try:
    b'x'.join(['a'])
except TypeError as e:
    print(type(e).__name__, e)
try:
    b'abc'.index(b'z')
except ValueError as e:
    print(type(e).__name__, e)

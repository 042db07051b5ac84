# bytes construction, indexing, slicing and repr.
b = b'Hello\x00\xff'
print(b, repr(b), len(b), b[0], b[-1], b[1:3], b[::-1], b[::2])
print(bytes(), bytes(4), bytes([0, 127, 128, 255]), bytes(range(65, 70)), bytes(b'copy'))
print(bytes('abc', 'ascii'), bytes((1, 2)), bytes(bytearray(b'ba')))
print(list(b'abc'), [x for x in b'\x01\x02'], tuple(b'xy'))
print(b'abc' + b'def', b'ab' * 3, 3 * b'-', b'a' in b'cat', 97 in b'cat', b'' in b'x')
print(b'abc' == b'abc', b'abc' < b'abd', b'b' > b'abc', b'abc' == 'abc', sorted([b'b', b'a', b'ab']))
print(hash(b'') == hash(b'') , bytes([72, 105]).decode(), b'\\n', b'\t')
for bad in ([256], [-1], ['a'], 'text'):
    try:
        bytes(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    b'abc'[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    b'abc'[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    b'a' + 'b'
except TypeError as e:
    print(type(e).__name__, e)
try:
    'a' in b'abc'
except TypeError as e:
    print(type(e).__name__, e)
try:
    300 in b'abc'
except ValueError as e:
    print(type(e).__name__, e)
print(bytes.fromhex('48 65 6c 6c 6f'), b'Hello'.hex(), b'\x01\xab'.hex(':'), bytes.fromhex(''))
print(repr(bytes(range(0, 256, 15))))
print(str(b'x'), b'%s=%d' % (b'k', 3), b'%x' % 255, b'%5s|' % b'ab', b'%c' % 65)

# Iteration, comparison and conversions of bytes objects.
b = b'\x00abc\xff'
print([x for x in b], list(reversed(b)), sum(b), max(b), min(b), sorted(b'dcba'))
print(b'a' < b'b', b'abc' <= b'abc', b'Z' < b'a', b'' < b'\x00', max([b'ab', b'b', b'abc']))
print(bytes([x ^ 0x20 for x in b'Hello']), bytes(x + 1 for x in b'HAL'))
print(b'abc'.__len__(), b'abc'.__getitem__(1), b'abc'.__contains__(98), b'ab' != bytearray(b'ab'))
print(type(b'ab'[0]).__name__, type(b'ab'[0:1]).__name__, type(bytearray(b'ab')[0:1]).__name__)
print(isinstance(b'', bytes), isinstance(bytearray(), bytes), issubclass(bytearray, bytes))
print(bool(b''), bool(b'\x00'), bool(bytearray()), len(bytes(10)))
d = {b'key': 1, b'other': 2}
print(d[b'key'], b'other' in d, sorted(d))
print(memoryview(b'abc').tobytes() if False else 'skip', bytes(3) == b'\x00' * 3)
print(b'a\x00b'.split(b'\x00'), b'ab'.split(b'') if False else 'skip')
print(repr(b'\x7f\x80'), repr(b'\r\n'), repr(b'"\''), repr(b"'"))

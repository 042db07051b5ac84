# bytearray is a mutable bytes.
ba = bytearray(b'hello')
print(ba, len(ba), ba[0], ba[-1])
ba[0] = 74
print(ba)
ba[1:3] = b'EE'
print(ba)
ba[1:3] = b'abcdef'
print(ba)
del ba[0]
print(ba)
del ba[2:5]
print(ba)
ba.append(33)
ba.extend(b'??')
ba.extend([65, 66])
print(ba)
ba.insert(0, 95)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord('?'))
print(ba)
ba.reverse()
print(ba)
ba += b'++'
print(ba, ba * 2, ba + b'end')
ba2 = bytearray(3)
print(ba2, bytearray(), bytearray([1, 2, 3]), bytearray('é', 'utf-8'), bytearray(range(3)))
ba3 = bytearray(b'abc')
ba3[::2] = b'XY'
print(ba3, ba3.upper(), ba3.find(b'b'), bytes(ba3), ba3 == b'XbY', b'XbY' == ba3)
ba3.clear()
print(ba3, len(ba3))
c = bytearray(b'xyz')
d = c.copy()
d[0] = 65
print(c, d)
for bad in (lambda: c.append(256), lambda: c.__setitem__(0, -1), lambda: c.remove(0), lambda: c.pop(10),
            lambda: bytearray().pop(), lambda: c.__setitem__(slice(0, 3, 2), b'abc'), lambda: c.extend('str')):
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
print(repr(bytearray(b"it's")), str(bytearray(b'\x00\x10')))
try:
    hash(bytearray())
except TypeError as e:
    print(type(e).__name__, e)

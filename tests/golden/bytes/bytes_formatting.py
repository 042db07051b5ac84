# %-formatting and hex helpers on bytes.
print(b'%d items' % 5, b'%s' % b'raw', b'%r' % 'x' if False else b'%a' % 'é')
print(b'%05.1f|%-6d|%x|%X|%o' % (3.14159, 42, 255, 255, 8))
print(b'%c%c' % (72, b'i'), b'%%' % (), b'%(k)s' % {b'k': b'v'})
try:
    b'%s' % 'str'
except TypeError as e:
    print(type(e).__name__, e)
try:
    b'%d' % b'1'
except TypeError as e:
    print(type(e).__name__, e)
print(bytes.fromhex('deadbeef'), bytes.fromhex('DE AD'), b'\xde\xad'.hex(), b'\xde\xad\xbe\xef'.hex('-', 2))
try:
    bytes.fromhex('xyz')
except ValueError as e:
    print(type(e).__name__, e)
print(bytearray(b'%s-%s') % (b'a', b'b'), bytearray.fromhex('00ff'), bytearray(b'ab').hex())

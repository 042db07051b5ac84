# chr, ord, hex, oct, bin and format.
print(chr(65), chr(97), chr(48), chr(32) == ' ', chr(0x1F600), chr(0), repr(chr(127)))
print(ord('A'), ord('z'), ord(' '), ord('\n'), ord('é'), ord('€'), ord(b'a'), ord(bytearray(b'z')))
print([chr(c) for c in range(ord('a'), ord('f'))], ''.join(chr(ord(c) + 1) for c in 'HAL'))
for bad in (lambda: chr(-1), lambda: chr(0x110000), lambda: chr('a'), lambda: ord('ab'), lambda: ord(''),
            lambda: ord(65), lambda: ord(b'ab')):
    try:
        bad()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(hex(0), hex(255), hex(-255), hex(2 ** 64), oct(8), oct(-8), bin(5), bin(-5), bin(0))
class Idx:
    def __index__(self):
        return 10
print(hex(Idx()), oct(Idx()), bin(Idx()))
for f in (hex, oct, bin):
    try:
        f(1.5)
    except TypeError as e:
        print(type(e).__name__, e)
print(format(10), format(10, 'b'), format(10, '#010b'), format('s', '^5'), format(1.5, '.3f'))
print(int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2), int(bin(-12345), 0))

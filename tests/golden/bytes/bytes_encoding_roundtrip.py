# Converting between text and bytes in practical ways.
text = 'Zoë ate 3 crêpes — €4.50'
data = text.encode('utf-8')
print(data)
print(len(text), len(data), data.decode('utf-8') == text)
print([hex(x) for x in data[:6]])
print(data.count(b'\xc3'), data.find('€'.encode()), data[:2].decode())
checksum = 0
for byte in data:
    checksum = (checksum * 31 + byte) % 65521
print(checksum)
print(''.join('%02x' % x for x in b'\x00\x0f\xf0\xff'), b'\x00\x0f\xf0\xff'.hex())
chunks = [data[i:i + 8] for i in range(0, len(data), 8)]
print(chunks)
print(b''.join(chunks) == data)
ba = bytearray()
for word in ['alpha', 'beta', 'gamma']:
    encoded = word.encode('ascii')
    ba.append(len(encoded))
    ba.extend(encoded)
print(ba, bytes(ba))
i = 0
words = []
while i < len(ba):
    n = ba[i]
    words.append(ba[i + 1:i + 1 + n].decode())
    i += 1 + n
print(words)
print(int.from_bytes(b'\x01\x00', 'big'), (258).to_bytes(2, 'little'), list((1 << 20).to_bytes(3, 'big')))

"""open(): text and binary modes, newline handling, encodings, seek/tell/truncate, append, errors."""
import os
if os.path.exists('io_files.tmp'):
    os.remove('io_files.tmp')
import os, io
fn = 'io_files.tmp'
with open(fn, 'w') as f:
    print(f.write('hello\nworld\r\nmac\rend'), f.tell())
    print('printed', 42, file=f)
    f.writelines(['a\n', 'b\n'])
print(f.closed)
with open(fn, 'rb') as f:
    print(f.read())
with open(fn) as f:
    print(repr(f.read()))
with open(fn, newline='') as f:
    print(list(f))
with open(fn, newline='\n') as f:
    print(list(f))
with open(fn, newline='\r') as f:
    print(list(f))
with open(fn, newline='\r\n') as f:
    print(list(f))
with open(fn) as f:
    print(repr(f.readline()), f.tell(), repr(f.read(3)), f.tell(), repr(f.readline(2)), repr(f.readline()))
    print(f.readlines())
    print(repr(f.read()), repr(f.readline()))
    print(f.seek(0), repr(f.read(5)), f.seek(0, 2), f.seek(0, 1))
with open(fn, 'a') as f:
    f.write('appended\n')
with open(fn, 'r+') as f:
    print(repr(f.read(5)))
    f.seek(0)
    f.write('HELLO')
with open(fn) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(fn, 'w', encoding='utf-8') as f:
    print(f)
    f.write('héllo wörld €𝄞\n')
    f.write('ünïcode\n')
with open(fn, encoding='utf-8') as f:
    print(f.read(3), f.tell(), f.read(9), f.read(1), f.readline(), f.readline())
with open(fn, 'rb') as f:
    print(f.read(5), f.readline(), f.tell(), f.readlines())
with open(fn, 'w', newline='\r\n') as f:
    f.write('a\nb\n')
with open(fn, 'rb') as f:
    print(f.read())
with open(fn, 'wb') as f:
    print(f.write(b'\x00\x01binary\n'), f.write(bytearray(b'xy')))
with open(fn, 'ab') as f:
    f.write(b'more')
with open(fn, 'rb') as f:
    print(list(f))
    f.seek(-4, 2)
    print(f.read(), f.tell())
    f.seek(2)
    print(f.read(3))
    f.seek(1, 1)
    print(f.read(2))
with open(fn, 'r+b') as f:
    f.seek(2)
    f.write(b'B')
    f.truncate(5)
    print(f.tell())
with open(fn, 'rb') as f:
    print(f.read())
f = open(fn, 'w')
f.write('unclosed data\n')
f.close()
f2 = open(fn)
print(repr(f2.read()))
f2.close()
with open(fn, 'w', encoding='latin-1') as f:
    f.write('café\n')
with open(fn, 'rb') as f:
    print(f.read())
with open(fn, encoding='latin-1') as f:
    print(f.read())
try:
    with open(fn, encoding='ascii') as f:
        f.read()
except UnicodeDecodeError as e:
    print('UDE', e)
try:
    with open(fn, 'w', encoding='ascii') as f:
        f.write('café')
except UnicodeEncodeError as e:
    print('UEE', e)
try:
    open('nonexistent_dir/x.txt', 'w')
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename, e.args)
os.remove(fn)
print(os.path.exists(fn))
try:
    os.remove(fn)
except OSError as e:
    print(type(e).__name__, e)

"""open(): modes, reprs, attributes, closed-file and mode errors with CPython's types and messages."""
import io, os
for _n in ('io_open_errors1.tmp', 'io_open_errors2.tmp', 'io_open_errors3.tmp'):
    if os.path.exists(_n):
        os.remove(_n)
def t(f, *a):
    try:
        r = f(*a)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e, getattr(e, 'errno', None), getattr(e, 'args', None))
f = open('io_open_errors1.tmp', 'w'); print(f, f.mode, f.encoding, f.errors, f.newlines if hasattr(f,'newlines') else '-', f.name, f.closed, f.line_buffering)
f.close()
for m in ['read', 'readline', 'readlines', 'tell', 'flush', 'fileno', 'readable', 'writable', 'seekable', 'truncate', '__iter__', '__next__', '__enter__', 'isatty']:
    print(m, end=' '); t(getattr(f, m))
t(f.write, 'a'); t(f.seek, 0); t(f.writelines, [])
t(f.close)
print(f)
f = open('io_open_errors2.tmp', 'wb'); print(f, f.mode, f.name, f.raw if False else '')
f.close()
for m in ['read', 'readline', 'readlines', 'tell', 'flush', 'fileno', 'readable', 'writable', 'seekable', 'truncate', '__iter__', '__next__', '__enter__', 'isatty']:
    print(m, end=' '); t(getattr(f, m))
t(f.write, b'a'); t(f.seek, 0); t(f.writelines, [])
for mode in ['rb', 'r+b', 'w+b', 'ab', 'a+b', 'xb', 'r+', 'a', 'rt', 'x']:
    import os
    if 'x' in mode and os.path.exists('io_open_errors3.tmp'): os.remove('io_open_errors3.tmp')
    try:
        f = open('io_open_errors3.tmp', mode); print(mode, f, f.mode); f.close()
    except Exception as e: print(type(e).__name__, e)
for mode in ['q', 'rw', 'rr', 'r+w', 'bt', 'rU', 'U', '', 'rbt', 'wa', 'r++', 'b', 't']:
    t(open, 'io_open_errors1.tmp', mode)
t(open, 'io_open_errors1.tmp', 'rb', -1, 'utf-8')
t(open, 'io_open_errors1.tmp', 'rb', -1, None, 'strict')
t(open, 'io_open_errors1.tmp', 'rb', -1, None, None, '')
t(open, 'io_open_errors1.tmp', 'r', -1, None, None, 'x')
t(open, 'io_open_errors1.tmp', 'r', 0)
t(open, 'io_open_errors_missing.tmp')
t(open, '.')
t(open, '.', 'w')
t(open, 'io_open_errors1.tmp', 'x')
t(open, 1.5)
t(open, 'io_open_errors1.tmp', 'r', -1, 'bogus')
f = open('io_open_errors1.tmp', 'w')
t(f.read); t(f.readline); t(f.seek, 1, 1); t(f.seek, 1, 2); t(f.seek, -1); t(f.seek, 0, 3); t(f.write, b'x'); t(f.write, 3)
f.close()
f = open('io_open_errors1.tmp', 'r')
t(f.write, 'x'); t(f.truncate, 0); t(f.writelines, ['a'])
f.close()
f = open('io_open_errors2.tmp', 'wb')
t(f.read); t(f.write, 'x'); t(f.seek, -1)
f.close()
f = open('io_open_errors2.tmp', 'rb')
t(f.write, b'x')
f.close()
print(io.UnsupportedOperation.__mro__)
os.remove('io_open_errors1.tmp'); os.remove('io_open_errors2.tmp'); os.remove('io_open_errors3.tmp')

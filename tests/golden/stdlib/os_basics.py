"""os and os.path: directories, files, stat, walk, environ, errors, path string functions."""
import os, os.path
from os import path as p2
print(os.path is p2, os.sep, os.linesep == '\n', os.curdir, os.pardir, os.name)
base = 'os_basics_tmpdir'
os.mkdir(base)
try:
    os.mkdir(base)
except FileExistsError as e:
    print(e)
os.makedirs(os.path.join(base, 'a', 'b', 'c'))
os.makedirs(os.path.join(base, 'a', 'b'), exist_ok=True)
try:
    os.makedirs(os.path.join(base, 'a'))
except OSError as e:
    print(type(e).__name__, e)
with open(os.path.join(base, 'a', 'f1.txt'), 'w') as f:
    f.write('12345')
with open(os.path.join(base, 'a', 'b', 'f2.txt'), 'w') as f:
    f.write('x')
print(sorted(os.listdir(base)), sorted(os.listdir(os.path.join(base, 'a'))))
for root, dirs, files in os.walk(base):
    dirs.sort()
    print(root, sorted(dirs), sorted(files))
for root, dirs, files in os.walk(base, topdown=False):
    print(root, sorted(dirs), sorted(files))
st = os.stat(os.path.join(base, 'a', 'f1.txt'))
print(st.st_size, st[6], os.path.getsize(os.path.join(base, 'a', 'f1.txt')), type(st.st_mtime).__name__, type(st[8]).__name__, len(st))

print(os.path.isfile(os.path.join(base, 'a', 'f1.txt')), os.path.isdir(base), os.path.exists('nope'), os.path.isdir('nope'), os.path.isfile(base))
os.rename(os.path.join(base, 'a', 'f1.txt'), os.path.join(base, 'g.txt'))
print(sorted(os.listdir(base)))
try:
    os.rename('nonexist1', 'nonexist2')
except FileNotFoundError as e:
    print(e.errno, e.filename, e.filename2)
try:
    os.rmdir(base)
except OSError as e:
    print(type(e).__name__, e)
try:
    os.listdir('nonexistent_dir')
except FileNotFoundError as e:
    print(e)
try:
    os.remove(base)
except IsADirectoryError as e:
    print(e)
os.remove(os.path.join(base, 'g.txt'))
os.unlink(os.path.join(base, 'a', 'b', 'f2.txt'))
os.removedirs(os.path.join(base, 'a', 'b', 'c'))
print(os.path.exists(base))
os.environ['TAIPAN_TEST_VAR'] = 'hello'
print(os.environ['TAIPAN_TEST_VAR'], os.getenv('TAIPAN_TEST_VAR'), os.getenv('NOPE_NOPE'), os.getenv('NOPE_NOPE', 'dflt'), 'TAIPAN_TEST_VAR' in os.environ)
del os.environ['TAIPAN_TEST_VAR']
print('TAIPAN_TEST_VAR' in os.environ, os.environ.get('TAIPAN_TEST_VAR'))
try:
    os.environ['NOPE_NOPE']
except KeyError as e:
    print('KeyError', e)
print(isinstance(os.getpid(), int), os.cpu_count() > 0, os.getcwd() == os.path.abspath('.'))
print(os.fspath('abc'), os.fspath(b'abc'))
class P:
    def __fspath__(self): return 'pp'
print(os.fspath(P()), os.path.join(P(), 'x'))
try: os.fspath(1)
except TypeError as e: print(e)
pj = os.path
print(pj.join('a', 'b', 'c'), pj.join('/a', '/b', 'c'), pj.join('a/', 'b'), pj.join('', 'x'), pj.join('a', ''))
print(pj.split('/a/b/c.txt'), pj.split('c.txt'), pj.split('/'), pj.split('a//b'), pj.split('//a'))
print(pj.splitext('a/b.tar.gz'), pj.splitext('.bashrc'), pj.splitext('a.'), pj.splitext('a/.b.c'), pj.splitext('noext'))
print(pj.dirname('/a/b/c'), pj.basename('/a/b/c'), pj.dirname('c'), pj.basename('/a/b/'), pj.dirname('/'))
print(pj.normpath('a//b/./c/../d'), pj.normpath('/../a'), pj.normpath(''), pj.normpath('//a'), pj.normpath('///a'), pj.normpath('../../x'), pj.normpath('a/..'))
print(pj.isabs('/a'), pj.isabs('a'), pj.abspath('/a/../b'))
print(pj.relpath('/a/b/c', '/a/d'), pj.relpath('/a', '/a'), pj.relpath('a/b', 'a'))
print(pj.commonprefix(['/usr/lib', '/usr/local', '/usr/libx']), pj.commonprefix([]), pj.commonpath(['/usr/lib', '/usr/local']))
os.environ['HOME'] = '/home/test'
print(pj.expanduser('~/x'), pj.expanduser('~'), pj.expanduser('x~'), pj.expanduser('~other/x'))
os.environ['FOO_T'] = 'bar'
print(pj.expandvars('$FOO_T/${FOO_T}/$NOPE_X/${NOPE_X}/$'))
print(pj.splitdrive('/a/b'), pj.normcase('AbC'))
print(repr(os.environ)[:8])
try:
    pj.join('a', 1)
except TypeError as e:
    print(e)

"""OS routines (Taipan's own implementation).

Built on the native `_os` module; POSIX only. `os.path` is the posixpath
module, `os.environ` a mapping kept in step with the process environment.
"""

import _os

name = 'posix'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
linesep = '\n'
curdir = '.'
pardir = '..'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1

error = OSError

getcwd = _os.getcwd
chdir = _os.chdir
listdir = _os.listdir
mkdir = _os.mkdir
rmdir = _os.rmdir
remove = _os.remove
unlink = _os.unlink
rename = _os.rename
replace = _os.rename
chmod = _os.chmod
getpid = _os.getpid
cpu_count = _os.cpu_count
strerror = _os.strerror
urandom = _os.urandom
getuid = _os.getuid


def getcwdb():
    return getcwd().encode()


class PathLike:
    """Abstract base class for objects with a file system path (`__fspath__`)."""

    __slots__ = ()

    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, C):
        if cls is PathLike:
            for klass in C.__mro__:
                if '__fspath__' in klass.__dict__:
                    return klass.__dict__['__fspath__'] is not None
        return NotImplemented

    @classmethod
    def __class_getitem__(cls, item):
        return cls


def fspath(path):
    """Return the file system representation of the path."""
    if isinstance(path, (str, bytes)):
        return path
    path_type = type(path)
    try:
        path_repr = path_type.__fspath__(path)
    except AttributeError:
        if hasattr(path_type, '__fspath__'):
            raise
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        + path_type.__name__) from None
    if isinstance(path_repr, (str, bytes)):
        return path_repr
    raise TypeError("expected {}.__fspath__() to return str or bytes, "
                    "not {}".format(path_type.__name__,
                                    type(path_repr).__name__))


def fsencode(filename):
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


class stat_result(tuple):
    """The result of stat(): a 10-tuple whose times are whole seconds, with
    st_* attributes (times as floats)."""

    n_sequence_fields = 10
    n_fields = 10
    n_unnamed_fields = 0
    _names = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid',
              'st_size', 'st_atime', 'st_mtime', 'st_ctime')

    def __new__(cls, values):
        values = tuple(values)
        if len(values) < 10:
            raise TypeError("os.stat_result() takes an at least 10-sequence "
                            "(%d-sequence given)" % len(values))
        self = tuple.__new__(cls, values[:7] + tuple(int(t) for t in values[7:10]))
        self._times = tuple(float(t) for t in values[7:10])
        return self

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self._times[0])
    st_mtime = property(lambda self: self._times[1])
    st_ctime = property(lambda self: self._times[2])
    st_atime_ns = property(lambda self: int(self._times[0] * 1e9))
    st_mtime_ns = property(lambda self: int(self._times[1] * 1e9))
    st_ctime_ns = property(lambda self: int(self._times[2] * 1e9))

    def __repr__(self):
        return 'os.stat_result(%s)' % ', '.join(
            '%s=%r' % (n, v) for n, v in zip(self._names, self))

    def __reduce__(self):
        return (stat_result, (tuple(self),))


def stat(path, *, dir_fd=None, follow_symlinks=True):
    """Perform a stat system call on the given path."""
    if follow_symlinks:
        return stat_result(_os.stat(path))
    return stat_result(_os.lstat(path))


def lstat(path, *, dir_fd=None):
    """Like stat(), but do not follow symbolic links."""
    return stat_result(_os.lstat(path))


def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    """Test for access to a path (existence only, plus the permission bits)."""
    try:
        st = _os.stat(path)
    except OSError:
        return False
    if mode == F_OK:
        return True
    perms = st[0]
    if getuid() == 0:
        return not (mode & X_OK) or bool(perms & 0o111)
    for flag, bits in ((R_OK, 0o444), (W_OK, 0o222), (X_OK, 0o111)):
        if mode & flag and not perms & bits:
            return False
    return True


def makedirs(name, mode=0o777, exist_ok=False):
    """Super-mkdir; create a leaf directory and all intermediate ones."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        cdir = curdir
        if isinstance(tail, bytes):
            cdir = bytes(curdir, 'ASCII')
        if tail == cdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """Remove a leaf directory and all empty intermediate ones."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    """Rename, creating intermediate directories of new and pruning old's."""
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


class DirEntry:
    """An entry yielded by scandir()."""

    def __init__(self, dirpath, name):
        self.name = name
        self.path = path.join(dirpath, name)

    def is_dir(self, *, follow_symlinks=True):
        if follow_symlinks:
            return _os.isdir(self.path)
        return _os.isdir(self.path) and not _os.islink(self.path)

    def is_file(self, *, follow_symlinks=True):
        if follow_symlinks:
            return _os.isfile(self.path)
        return _os.isfile(self.path) and not _os.islink(self.path)

    def is_symlink(self):
        return _os.islink(self.path)

    def stat(self, *, follow_symlinks=True):
        return stat(self.path, follow_symlinks=follow_symlinks)

    def inode(self):
        return _os.lstat(self.path)[1]

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return '<DirEntry %r>' % (self.name,)


class _ScandirIterator:
    def __init__(self, top):
        self._top = top
        self._it = iter([DirEntry(top, n) for n in listdir(top)])

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self._it = iter(())

    def close(self):
        self._it = iter(())


def scandir(path='.'):
    """An iterator of DirEntry objects for the entries of a directory."""
    return _ScandirIterator(fspath(path))


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: (dirpath, dirnames, filenames) for each directory."""
    top = fspath(top)
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs = []
    nondirs = []
    for n in names:
        if _os.isdir(path.join(top, n)):
            dirs.append(n)
        else:
            nondirs.append(n)
    if topdown:
        yield top, dirs, nondirs
        for d in dirs:
            new_path = path.join(top, d)
            if followlinks or not _os.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
    else:
        for d in dirs:
            new_path = path.join(top, d)
            if followlinks or not _os.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs


class _Environ:
    """os.environ: a mapping of the process environment; assignments and
    deletions also change the real environment (putenv/unsetenv)."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        _os.putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        if key not in self._data:
            raise KeyError(key)
        _os.unsetenv(key)
        del self._data[key]

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

    def __eq__(self, other):
        if isinstance(other, _Environ):
            other = other._data
        return self._data == other

    __hash__ = None

    def __repr__(self):
        return 'environ({%s})' % ', '.join(
            '%r: %r' % (k, v) for k, v in self._data.items())

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def get(self, key, default=None):
        return self._data.get(key, default)

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self._data:
            self[key] = value
        return self._data[key]

    _marker = object()

    def pop(self, key, default=_marker):
        if key in self._data:
            value = self._data[key]
            del self[key]
            return value
        if default is _Environ._marker:
            raise KeyError(key)
        return default

    def popitem(self):
        for key in list(self._data):
            value = self._data[key]
            del self[key]
            return key, value
        raise KeyError

    def clear(self):
        for key in list(self._data):
            del self[key]

    def update(self, other=(), **kwds):
        if hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def __or__(self, other):
        new = dict(self._data)
        new.update(other)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


environ = _Environ(_os.environ())


def getenv(key, default=None):
    """Get an environment variable, return None (or default) if it doesn't exist."""
    return environ.get(key, default)


def putenv(key, value):
    _os.putenv(key, value)


def unsetenv(key):
    _os.unsetenv(key)


def get_exec_path(env=None):
    if env is None:
        env = environ
    return env.get('PATH', defpath).split(pathsep)


from . import path
import sys as _sys
_sys.modules['os.path'] = path
del _sys

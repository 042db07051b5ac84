"""Common pathname manipulations (POSIX).

Taipan's own version of posixpath: pure string functions plus the file
tests, which come from the native `_os` module.
"""

import _os

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = False

__all__ = ['normcase', 'isabs', 'join', 'splitdrive', 'split', 'splitext',
           'basename', 'dirname', 'commonprefix', 'getsize', 'getmtime',
           'getatime', 'getctime', 'islink', 'exists', 'lexists', 'isdir',
           'isfile', 'ismount', 'expanduser', 'expandvars', 'normpath',
           'abspath', 'samefile', 'sameopenfile', 'samestat', 'curdir',
           'pardir', 'sep', 'pathsep', 'defpath', 'altsep', 'extsep',
           'devnull', 'realpath', 'supports_unicode_filenames', 'relpath',
           'commonpath']


def _fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    t = type(p)
    f = getattr(t, '__fspath__', None)
    if f is None:
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        + t.__name__)
    r = f(p)
    if not isinstance(r, (str, bytes)):
        raise TypeError("expected {}.__fspath__() to return str or bytes, "
                        "not {}".format(t.__name__, type(r).__name__))
    return r


def _seps(p):
    if isinstance(p, bytes):
        return b'/', b'.', b'..', b''
    return '/', '.', '..', ''


def _check_arg_types(funcname, *args):
    hasstr = hasbytes = False
    for s in args:
        if isinstance(s, str):
            hasstr = True
        elif isinstance(s, bytes):
            hasbytes = True
        else:
            raise TypeError(f'{funcname}() argument must be str, bytes, or '
                            f'os.PathLike object, not {type(s).__name__!r}') from None
    if hasstr and hasbytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


def normcase(s):
    """Normalize case of pathname. Has no effect under POSIX."""
    return _fspath(s)


def isabs(s):
    """Test whether a path is absolute."""
    s = _fspath(s)
    return s.startswith(_seps(s)[0])


def join(a, *p):
    """Join two or more pathname components, inserting '/' as needed."""
    a = _fspath(a)
    sep = _seps(a)[0]
    path = a
    try:
        if not p:
            path[:0] + sep
        for b in map(_fspath, p):
            if b.startswith(sep):
                path = b
            elif not path or path.endswith(sep):
                path += b
            else:
                path += sep + b
    except (TypeError, AttributeError, BytesWarning):
        _check_arg_types('join', a, *p)
        raise
    return path


def split(p):
    """Split a pathname into (head, tail); tail is everything after the final slash."""
    p = _fspath(p)
    sep = _seps(p)[0]
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    """Split the extension from a pathname: (root, ext), ext may be empty."""
    p = _fspath(p)
    sep, dot = _seps(p)[0], _seps(p)[1]
    sep_index = p.rfind(sep)
    dot_index = p.rfind(dot)
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index:filename_index + 1] != dot:
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def splitdrive(p):
    """Split a pathname into drive and path; the drive is always empty on POSIX."""
    p = _fspath(p)
    return p[:0], p


def basename(p):
    """Returns the final component of a pathname."""
    p = _fspath(p)
    sep = _seps(p)[0]
    i = p.rfind(sep) + 1
    return p[i:]


def dirname(p):
    """Returns the directory component of a pathname."""
    p = _fspath(p)
    sep = _seps(p)[0]
    i = p.rfind(sep) + 1
    head = p[:i]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def commonprefix(m):
    """Given a list of pathnames, returns the longest common leading component."""
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    """Given a sequence of path names, returns the longest common sub-path."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(_fspath, paths))
    sep, curdir = _seps(paths[0])[0], _seps(paths[0])[1]
    split_paths = [path.split(sep) for path in paths]
    try:
        isabs, = set(p[:1] == sep for p in paths)
    except ValueError:
        raise ValueError("Can't mix absolute and relative paths") from None
    split_paths = [[c for c in s if c and c != curdir] for s in split_paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = sep if isabs else sep[:0]
    return prefix + sep.join(common)


def normpath(path):
    """Normalize path, eliminating double slashes, etc."""
    path = _fspath(path)
    sep, dot, dotdot, empty = _seps(path)
    if path == empty:
        return dot
    initial_slashes = 1 if path.startswith(sep) else 0
    # POSIX allows one or two initial slashes, but treats three or more as single.
    if initial_slashes and path.startswith(sep * 2) and not path.startswith(sep * 3):
        initial_slashes = 2
    comps = path.split(sep)
    new_comps = []
    for comp in comps:
        if comp in (empty, dot):
            continue
        if (comp != dotdot or (not initial_slashes and not new_comps) or
                (new_comps and new_comps[-1] == dotdot)):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = sep.join(new_comps)
    if initial_slashes:
        path = sep * initial_slashes + path
    return path or dot


def abspath(path):
    """Return an absolute path."""
    path = _fspath(path)
    if not isabs(path):
        if isinstance(path, bytes):
            cwd = _os.getcwd().encode()
        else:
            cwd = _os.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """Return the canonical path of the specified filename (symlinks are not resolved)."""
    return abspath(filename)


def relpath(path, start=None):
    """Return a relative version of a path."""
    if not path:
        raise ValueError("no path specified")
    path = _fspath(path)
    sep, curdir, pardir, _ = _seps(path)
    if start is None:
        start = curdir
    else:
        start = _fspath(start)
    start_list = [x for x in abspath(start).split(sep) if x]
    path_list = [x for x in abspath(path).split(sep) if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir
    return join(*rel_list)


def expanduser(path):
    """Expand ~ and ~user constructions (~user only for the current user)."""
    path = _fspath(path)
    tilde = b'~' if isinstance(path, bytes) else '~'
    if not path.startswith(tilde):
        return path
    sep = _seps(path)[0]
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i == 1:
        env = _os.environ()
        if 'HOME' in env:
            userhome = env['HOME']
        else:
            return path
    else:
        return path
    if isinstance(path, bytes):
        userhome = userhome.encode()
    root = sep
    userhome = userhome.rstrip(root)
    return (userhome + path[i:]) or root


def expandvars(path):
    """Expand shell variables of form $var and ${var}; unknown ones are left alone."""
    path = _fspath(path)
    if isinstance(path, bytes):
        return path
    if '$' not in path:
        return path
    env = _os.environ()
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c != '$':
            out.append(c)
            i += 1
            continue
        if i + 1 < n and path[i + 1] == '{':
            j = path.find('}', i + 2)
            if j < 0:
                out.append(path[i:])
                break
            name = path[i + 2:j]
            if name and all(ch.isalnum() or ch == '_' for ch in name) and name in env:
                out.append(env[name])
            else:
                out.append(path[i:j + 1])
            i = j + 1
            continue
        j = i + 1
        while j < n and (path[j].isalnum() or path[j] == '_'):
            j += 1
        name = path[i + 1:j]
        if name and name in env:
            out.append(env[name])
        else:
            out.append(path[i:j])
        i = j
    return ''.join(out)


def exists(path):
    """Test whether a path exists. Returns False for broken symbolic links."""
    return _os.exists(path)


def lexists(path):
    """Test whether a path exists. Returns True for broken symbolic links."""
    return _os.exists(path) or _os.islink(path)


def isfile(path):
    """Test whether a path is a regular file."""
    return _os.isfile(path)


def isdir(s):
    """Return true if the pathname refers to an existing directory."""
    return _os.isdir(s)


def islink(path):
    """Test whether a path is a symbolic link."""
    return _os.islink(path)


def ismount(path):
    """Test whether a path is a mount point (only '/' is recognised)."""
    return abspath(path) == '/'


def getsize(filename):
    """Return the size of a file, reported by os.stat()."""
    return _os.stat(filename)[6]


def getatime(filename):
    """Return the last access time of a file, reported by os.stat()."""
    return _os.stat(filename)[7]


def getmtime(filename):
    """Return the last modification time of a file, reported by os.stat()."""
    return _os.stat(filename)[8]


def getctime(filename):
    """Return the metadata change time of a file, reported by os.stat()."""
    return _os.stat(filename)[9]


def samestat(s1, s2):
    """Test whether two stat buffers reference the same file."""
    return s1[1] == s2[1] and s1[2] == s2[2]


def samefile(f1, f2):
    """Test whether two pathnames reference the same actual file or directory."""
    return samestat(_os.stat(f1), _os.stat(f2))


def sameopenfile(fp1, fp2):
    raise NotImplementedError("sameopenfile")

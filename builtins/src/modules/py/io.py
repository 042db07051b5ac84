"""The io module (Taipan's own implementation).

`open` and the file classes come from the native `_io` module; the
in-memory streams StringIO and BytesIO are written here.
"""

import _io
from _io import (open, TextIOWrapper, BufferedReader, BufferedWriter,
                 BufferedRandom, FileIO, UnsupportedOperation,
                 DEFAULT_BUFFER_SIZE)

__all__ = ['BlockingIOError', 'open', 'open_code', 'IOBase', 'RawIOBase',
           'FileIO', 'BytesIO', 'StringIO', 'BufferedIOBase',
           'BufferedReader', 'BufferedWriter', 'BufferedRWPair',
           'BufferedRandom', 'TextIOBase', 'TextIOWrapper',
           'UnsupportedOperation', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END',
           'DEFAULT_BUFFER_SIZE', 'text_encoding', 'IncrementalNewlineDecoder']

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

BlockingIOError = BlockingIOError


def open_code(path):
    """Open a file for reading as bytes (for code loading)."""
    return open(path, 'rb')


def text_encoding(encoding, stacklevel=2):
    """The encoding to use for text files when `encoding` is None."""
    if encoding is None:
        return 'locale'
    return encoding


_VIRTUAL = {}


class _IOBaseMeta(type):
    """Lets the native file types count as instances of the abstract bases."""

    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))

    def __subclasscheck__(cls, sub):
        if type.__subclasscheck__(cls, sub):
            return True
        for base in _VIRTUAL.get(cls, ()):
            if issubclass(sub, base):
                return True
        return False


class IOBase(metaclass=_IOBaseMeta):
    """The abstract base class for all I/O classes."""

    def _unsupported(self, name):
        raise UnsupportedOperation(name)

    def _checkClosed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def seek(self, pos, whence=0):
        self._unsupported("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        self._unsupported("truncate")

    def flush(self):
        self._checkClosed()

    __closed = False

    @property
    def closed(self):
        return self.__closed

    def close(self):
        if not self.__closed:
            try:
                self.flush()
            finally:
                self.__closed = True

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def fileno(self):
        self._unsupported("fileno")

    def isatty(self):
        self._checkClosed()
        return False

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readline(self, size=-1):
        self._unsupported("readline")

    def readlines(self, hint=None):
        if hint is None or hint <= 0:
            return list(self)
        n = 0
        lines = []
        for line in self:
            lines.append(line)
            n += len(line)
            if n >= hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    """Base class for raw binary I/O."""



class BufferedIOBase(IOBase):
    """Base class for buffered binary I/O."""

    def detach(self):
        self._unsupported("detach")


class TextIOBase(IOBase):
    """Base class for text I/O."""

    encoding = None
    errors = None
    newlines = None

    def detach(self):
        self._unsupported("detach")


def _stdstream_type():
    import sys
    return type(sys.stdout)


_VIRTUAL[IOBase] = (RawIOBase, BufferedIOBase, TextIOBase)
_VIRTUAL[RawIOBase] = (FileIO,)
_VIRTUAL[BufferedIOBase] = (BufferedReader, BufferedWriter, BufferedRandom)
_VIRTUAL[TextIOBase] = (TextIOWrapper, _stdstream_type())


def _closed_error():
    return ValueError("I/O operation on closed file.")


class StringIO(TextIOBase):
    """Text I/O implementation using an in-memory buffer."""

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s"
                            % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError("illegal newline value: %r" % (newline,))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s"
                            % type(initial_value).__name__)
        self._newline = newline
        self._closed = False
        self._buf = ''
        self._pending = []
        self._len = 0
        self._pos = 0
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def __repr__(self):
        return '<_io.StringIO object at %#x>' % id(self)

    def _check(self):
        if self._closed:
            raise ValueError("I/O operation on closed file")

    def _value(self):
        if self._pending:
            self._buf += ''.join(self._pending)
            self._pending = []
        return self._buf

    @property
    def closed(self):
        return self._closed

    @property
    def line_buffering(self):
        self._check()
        return False

    @property
    def newlines(self):
        self._check()
        return None

    def close(self):
        self._closed = True

    def flush(self):
        self._check()

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def getvalue(self):
        self._check()
        return self._value()

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'"
                            % type(s).__name__)
        n = len(s)
        nl = self._newline
        if nl is None:
            if '\r' in s:
                s = s.replace('\r\n', '\n').replace('\r', '\n')
        elif nl in ('\r', '\r\n'):
            s = s.replace('\n', nl)
        if not s:
            return n
        pos = self._pos
        if pos == self._len:
            self._pending.append(s)
        else:
            buf = self._value()
            if pos > len(buf):
                buf += '\0' * (pos - len(buf))
            self._buf = buf[:pos] + s + buf[pos + len(s):]
        self._pos = pos + len(s)
        if self._pos > self._len:
            self._len = self._pos
        return n

    def read(self, size=-1):
        self._check()
        if size is None:
            size = -1
        elif not isinstance(size, int):
            size = size.__index__()
        buf = self._value()
        pos = self._pos
        if size < 0:
            end = len(buf)
        else:
            end = min(pos + size, len(buf))
        if pos >= end:
            return ''
        self._pos = end
        return buf[pos:end]

    def _line_end(self, buf, pos):
        """Index just past the next line ending at or after pos (or len(buf))."""
        nl = self._newline
        if nl == '':
            i = pos
            n = len(buf)
            while i < n:
                c = buf[i]
                if c == '\n':
                    return i + 1
                if c == '\r':
                    if i + 1 < n and buf[i + 1] == '\n':
                        return i + 2
                    return i + 1
                i += 1
            return n
        target = '\n' if nl is None else nl
        i = buf.find(target, pos)
        return len(buf) if i < 0 else i + len(target)

    def readline(self, size=-1):
        self._check()
        if size is None:
            size = -1
        elif not isinstance(size, int):
            raise TypeError("integer argument expected, got '%s'"
                            % type(size).__name__)
        buf = self._value()
        pos = self._pos
        if pos >= len(buf):
            return ''
        end = self._line_end(buf, pos)
        if size >= 0 and end > pos + size:
            end = pos + size
        self._pos = end
        return buf[pos:end]

    def readlines(self, hint=None):
        self._check()
        return IOBase.readlines(self, hint)

    def __next__(self):
        self._check()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __iter__(self):
        self._check()
        return self

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        self._check()
        if not isinstance(pos, int):
            pos = pos.__index__()
        if whence not in (0, 1, 2):
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        if pos < 0 and whence == 0:
            raise ValueError("Negative seek position %d" % pos)
        if whence != 0 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 1:
            pos = self._pos
        elif whence == 2:
            pos = self._len
        self._pos = pos
        return pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        elif not isinstance(size, int):
            size = size.__index__()
        if size < 0:
            raise ValueError("Negative size value %d" % size)
        if size < self._len:
            self._buf = self._value()[:size]
            self._len = size
        return size

    def writelines(self, lines):
        self._check()
        for line in lines:
            self.write(line)

    def detach(self):
        raise UnsupportedOperation("detach")

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def isatty(self):
        self._check()
        return False

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()

    def __getstate__(self):
        return (self.getvalue(), self._newline, self._pos, None)


StringIO.__module__ = '_io'


class BytesIO(BufferedIOBase):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    def __init__(self, initial_bytes=None):
        self._buf = bytearray()
        if initial_bytes is not None:
            self._buf += initial_bytes
        self._pos = 0
        self._closed = False

    def __repr__(self):
        return '<_io.BytesIO object at %#x>' % id(self)

    def _check(self):
        if self._closed:
            raise _closed_error()

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def flush(self):
        self._check()

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def getvalue(self):
        self._check()
        return bytes(self._buf)

    def getbuffer(self):
        self._check()
        return self._buf

    def _size(self, size):
        if size is None:
            return -1
        if not isinstance(size, int):
            try:
                return size.__index__()
            except AttributeError:
                raise TypeError("argument should be integer or None, not '%s'"
                                % type(size).__name__) from None
        return size

    def write(self, b):
        self._check()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(b) if not isinstance(b, (bytes, bytearray)) else b
        n = len(data)
        if n == 0:
            return 0
        pos = self._pos
        buf = self._buf
        if pos > len(buf):
            buf += b'\0' * (pos - len(buf))
        buf[pos:pos + n] = data
        self._pos = pos + n
        return n

    def read(self, size=-1):
        self._check()
        size = self._size(size)
        buf = self._buf
        pos = self._pos
        end = len(buf) if size < 0 else min(pos + size, len(buf))
        if pos >= end:
            return b''
        self._pos = end
        return bytes(buf[pos:end])

    read1 = read

    def readinto(self, b):
        self._check()
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def readline(self, size=-1):
        self._check()
        size = self._size(size)
        buf = self._buf
        pos = self._pos
        if pos >= len(buf):
            return b''
        i = buf.find(b'\n', pos)
        end = len(buf) if i < 0 else i + 1
        if size >= 0 and end > pos + size:
            end = pos + size
        self._pos = end
        return bytes(buf[pos:end])

    def readlines(self, hint=None):
        self._check()
        return IOBase.readlines(self, hint)

    def __next__(self):
        self._check()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __iter__(self):
        self._check()
        return self

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        self._check()
        if not isinstance(pos, int):
            pos = pos.__index__()
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
        elif whence == 1:
            pos = max(0, self._pos + pos)
        elif whence == 2:
            pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        self._pos = pos
        return pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        elif not isinstance(size, int):
            size = size.__index__()
        if size < 0:
            raise ValueError("negative size value %d" % size)
        if size < len(self._buf):
            del self._buf[size:]
        return size

    def writelines(self, lines):
        self._check()
        for line in lines:
            self.write(line)

    def isatty(self):
        self._check()
        return False

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()


BytesIO.__module__ = '_io'


class IncrementalNewlineDecoder:
    """Translates \\r\\n and \\r to \\n in decoded text, across calls."""

    def __init__(self, decoder, translate, errors='strict'):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self._pendingcr = False

    def decode(self, input, final=False):
        output = input if self.decoder is None else self.decoder.decode(input, final=final)
        if self._pendingcr and (output or final):
            output = '\r' + output
            self._pendingcr = False
        if output.endswith('\r') and not final:
            output = output[:-1]
            self._pendingcr = True
        if self.translate:
            output = output.replace('\r\n', '\n').replace('\r', '\n')
        return output

    def reset(self):
        self._pendingcr = False
        if self.decoder is not None:
            self.decoder.reset()

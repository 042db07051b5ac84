"""The json module (Taipan's own implementation).

JSON (RFC 7159) encoding and decoding with the interface and exact output
of CPython's json package: dumps/dump, loads/load, JSONEncoder,
JSONDecoder and JSONDecodeError. The scanner is hand-written (no regular
expressions).
"""

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError',
           'JSONEncoder']

__version__ = '2.0.9'

_INFINITY = float('inf')

try:
    import _json as _native
except ImportError:
    _native = None


# ----------------------------------------------------------------- errors

class JSONDecodeError(ValueError):
    """Subclass of ValueError with the position of the error:

    msg: the unformatted message, doc: the document being parsed,
    pos: the index in doc where parsing failed, lineno/colno: the line and
    column of pos.
    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


JSONDecodeError.__module__ = 'json.decoder'


# ----------------------------------------------------------------- encoding

_ESCAPES = {
    '\\': '\\\\',
    '"': '\\"',
    '\b': '\\b',
    '\f': '\\f',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
}
for _i in range(0x20):
    _ESCAPES.setdefault(chr(_i), '\\u%04x' % _i)
del _i


def _encode_str(s):
    """A JSON string literal; only '"', '\\' and control characters escaped."""
    if '"' not in s and '\\' not in s and (not s or min(s) >= ' '):
        return '"' + s + '"'
    esc = _ESCAPES
    return '"' + ''.join([esc.get(c, c) for c in s]) + '"'


def _encode_str_ascii(s):
    """A JSON string literal with every non-printable-ASCII character escaped."""
    if s.isascii() and '"' not in s and '\\' not in s and (
            not s or (min(s) >= ' ' and max(s) <= '~')):
        return '"' + s + '"'
    esc = _ESCAPES
    out = []
    for c in s:
        if ' ' <= c <= '~':
            if c == '"' or c == '\\':
                out.append(esc[c])
            else:
                out.append(c)
            continue
        e = esc.get(c)
        if e is not None:
            out.append(e)
            continue
        n = ord(c)
        if n < 0x10000:
            out.append('\\u%04x' % n)
        else:
            n -= 0x10000
            out.append('\\u%04x\\u%04x' % (0xd800 | ((n >> 10) & 0x3ff),
                                           0xdc00 | (n & 0x3ff)))
    return '"' + ''.join(out) + '"'


class JSONEncoder(object):
    """Extensible JSON encoder for Python data structures.

    Supports dict, list, tuple, str, int, float, True, False and None (and
    their subclasses); override default() to serialize other objects.
    """

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serializable object for o, or raise TypeError."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """Return a JSON string representation of a Python data structure."""
        if isinstance(o, str):
            if _native is not None:
                if self.ensure_ascii:
                    return _native.encode_basestring_ascii(o)
                return _native.encode_basestring(o)
            if self.ensure_ascii:
                return _encode_str_ascii(o)
            return _encode_str(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Encode o, yielding its JSON text in pieces."""
        if _native is not None:
            indent = self.indent
            if indent is not None and not isinstance(indent, str):
                indent = ' ' * indent
            out = [_native.encode(o, self.default, self.ensure_ascii, indent,
                                  self.key_separator, self.item_separator,
                                  self.sort_keys, self.skipkeys, self.allow_nan,
                                  self.check_circular)]
            return out if _one_shot else iter(out)
        out = []
        _Encoding(self, out).encode(o, 0)
        if _one_shot:
            return out
        return iter(out)


class _Encoding:
    """The state of one encoding run: options, output list, circular markers."""

    def __init__(self, enc, out):
        self.out = out
        markers = {} if enc.check_circular else None
        strenc = _encode_str_ascii if enc.ensure_ascii else _encode_str
        indent = enc.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        item_sep = enc.item_separator
        key_sep = enc.key_separator
        allow_nan = enc.allow_nan
        sort_keys = enc.sort_keys
        skipkeys = enc.skipkeys
        default = enc.default
        append = out.append
        int_repr = int.__repr__
        float_repr = float.__repr__
        keycache = {}

        def floatstr(o):
            if o != o:
                text = 'NaN'
            elif o == _INFINITY:
                text = 'Infinity'
            elif o == -_INFINITY:
                text = '-Infinity'
            else:
                return float_repr(o)
            if not allow_nan:
                raise ValueError("Out of range float values are not JSON compliant")
            return text

        def encode(o, level):
            if isinstance(o, str):
                append(strenc(o))
            elif o is None:
                append('null')
            elif o is True:
                append('true')
            elif o is False:
                append('false')
            elif isinstance(o, int):
                append(int_repr(o))
            elif isinstance(o, float):
                append(floatstr(o))
            elif isinstance(o, (list, tuple)):
                encode_list(o, level)
            elif isinstance(o, dict):
                encode_dict(o, level)
            else:
                if markers is not None:
                    mid = id(o)
                    if mid in markers:
                        raise ValueError("Circular reference detected")
                    markers[mid] = o
                encode(default(o), level)
                if markers is not None:
                    del markers[mid]

        def encode_list(lst, level):
            if not lst:
                append('[]')
                return
            if markers is not None:
                mid = id(lst)
                if mid in markers:
                    raise ValueError("Circular reference detected")
                markers[mid] = lst
            if indent is not None:
                level += 1
                newline_indent = '\n' + indent * level
                sep = item_sep + newline_indent
                buf = '[' + newline_indent
            else:
                sep = item_sep
                buf = '['
            for value in lst:
                if isinstance(value, str):
                    append(buf + strenc(value))
                elif value is None:
                    append(buf + 'null')
                elif value is True:
                    append(buf + 'true')
                elif value is False:
                    append(buf + 'false')
                elif isinstance(value, int):
                    append(buf + int_repr(value))
                elif isinstance(value, float):
                    append(buf + floatstr(value))
                else:
                    append(buf)
                    encode(value, level)
                buf = sep
            if indent is not None:
                level -= 1
                append('\n' + indent * level + ']')
            else:
                append(']')
            if markers is not None:
                del markers[mid]

        def encode_dict(dct, level):
            if not dct:
                append('{}')
                return
            if markers is not None:
                mid = id(dct)
                if mid in markers:
                    raise ValueError("Circular reference detected")
                markers[mid] = dct
            if indent is not None:
                level += 1
                newline_indent = '\n' + indent * level
                sep = item_sep + newline_indent
                buf = '{' + newline_indent
            else:
                sep = item_sep
                buf = '{'
            if sort_keys:
                items = sorted(dct.items())
            else:
                items = dct.items()
            for key, value in items:
                if isinstance(key, str):
                    k = keycache.get(key)
                    if k is None:
                        k = keycache[key] = strenc(key) + key_sep
                else:
                    if isinstance(key, float):
                        key = floatstr(key)
                    elif key is True:
                        key = 'true'
                    elif key is False:
                        key = 'false'
                    elif key is None:
                        key = 'null'
                    elif isinstance(key, int):
                        key = int_repr(key)
                    elif skipkeys:
                        continue
                    else:
                        raise TypeError(f'keys must be str, int, float, bool or None, '
                                        f'not {key.__class__.__name__}')
                    k = strenc(key) + key_sep
                if isinstance(value, str):
                    append(buf + k + strenc(value))
                elif value is None:
                    append(buf + k + 'null')
                elif value is True:
                    append(buf + k + 'true')
                elif value is False:
                    append(buf + k + 'false')
                elif isinstance(value, int):
                    append(buf + k + int_repr(value))
                elif isinstance(value, float):
                    append(buf + k + floatstr(value))
                else:
                    append(buf + k)
                    encode(value, level)
                buf = sep
            if indent is not None:
                level -= 1
                append('\n' + indent * level + '}')
            else:
                append('}')
            if markers is not None:
                del markers[mid]

        self.encode = encode


_default_encoder = JSONEncoder()


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """Serialize obj to a JSON formatted str."""
    if (not skipkeys and ensure_ascii and check_circular and allow_nan and
            cls is None and indent is None and separators is None and
            default is None and not sort_keys and not kw):
        return _default_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan,
               indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Serialize obj as a JSON formatted stream to fp (a .write()-supporting file-like object)."""
    if cls is None:
        cls = JSONEncoder
    enc = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
              check_circular=check_circular, allow_nan=allow_nan,
              indent=indent, separators=separators, default=default,
              sort_keys=sort_keys, **kw)
    fp.write(''.join(enc.iterencode(obj)))


# ----------------------------------------------------------------- decoding

# The scanner works on the UTF-8 bytes of the document: indexing bytes is
# O(1) whatever the text holds. Positions are converted back to characters
# only for error messages and raw_decode's result.

_SIMPLE_ESCAPES = {
    34: '"', 92: '\\', 47: '/',
    98: '\b', 102: '\f', 110: '\n', 114: '\r', 116: '\t',
}
_CONSTANTS = {
    '-Infinity': float('-inf'),
    'Infinity': float('inf'),
    'NaN': float('nan'),
}


class _Error(Exception):
    """A decoding error at a byte position (made a JSONDecodeError later)."""

    def __init__(self, msg, pos):
        self.msg = msg
        self.pos = pos


def _hex4(b, pos):
    """The value of the 4 hex digits after the 'u' at byte pos."""
    esc = b[pos + 1:pos + 5]
    if len(esc) == 4 and esc[1] not in b'xX':
        try:
            return int(esc.decode('ascii'), 16)
        except ValueError:
            pass
    raise _Error("Invalid \\uXXXX escape", pos)


def _scan(b, idx, dec):
    """Decode the JSON value at byte idx of b: (value, end byte index)."""
    n = len(b)
    strict = dec.strict
    object_hook = dec.object_hook
    object_pairs_hook = dec.object_pairs_hook
    parse_float = dec.parse_float
    parse_int = dec.parse_int
    parse_constant = dec.parse_constant
    memo = {}
    simple = _SIMPLE_ESCAPES

    def skip_ws(i):
        while i < n and b[i] in b' \t\n\r':
            i += 1
        return i

    def scanstring(end):
        chunks = []
        begin = end - 1
        while True:
            q = b.find(b'"', end)
            k = b.find(b'\\', end, q if q >= 0 else n)
            stop = k if k >= 0 else q
            if stop < 0:
                stop = n
            content = b[end:stop]
            if content and min(content) < 32:
                for j in range(len(content)):
                    if content[j] < 32:
                        if strict:
                            raise _Error("Invalid control character at", end + j)
                        break
            if q < 0 and k < 0:
                raise _Error("Unterminated string starting at", begin)
            if content:
                chunks.append(content.decode('utf-8'))
            if k < 0:
                return ''.join(chunks), q + 1
            end = k + 1
            if end >= n:
                raise _Error("Unterminated string starting at", begin)
            esc = b[end]
            if esc != 117:
                char = simple.get(esc)
                if char is None:
                    raise _Error("Invalid \\escape", end - 1)
                end += 1
            else:
                uni = _hex4(b, end)
                end += 5
                if 0xd800 <= uni <= 0xdbff and b[end:end + 2] == b'\\u':
                    uni2 = _hex4(b, end + 1)
                    if 0xdc00 <= uni2 <= 0xdfff:
                        uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                        end += 6
                char = chr(uni)
            chunks.append(char)

    def number(i):
        start = i
        if b[i] == 45:
            i += 1
        if i >= n:
            return None
        c = b[i]
        if c == 48:
            i += 1
        elif 48 < c <= 57:
            i += 1
            while i < n and 48 <= b[i] <= 57:
                i += 1
        else:
            return None
        is_float = False
        if i + 1 < n and b[i] == 46 and 48 <= b[i + 1] <= 57:
            i += 2
            while i < n and 48 <= b[i] <= 57:
                i += 1
            is_float = True
        if i < n and (b[i] == 101 or b[i] == 69):
            j = i + 1
            if j < n and (b[j] == 43 or b[j] == 45):
                j += 1
            if j < n and 48 <= b[j] <= 57:
                while j < n and 48 <= b[j] <= 57:
                    j += 1
                i = j
                is_float = True
        text = b[start:i].decode('ascii')
        if is_float:
            return parse_float(text), i
        return parse_int(text), i

    def value(i):
        if i >= n:
            raise _Error("Expecting value", i)
        c = b[i]
        if c == 34:
            return scanstring(i + 1)
        if c == 123:
            return obj(i + 1)
        if c == 91:
            return array(i + 1)
        if c == 110 and b[i:i + 4] == b'null':
            return None, i + 4
        if c == 116 and b[i:i + 4] == b'true':
            return True, i + 4
        if c == 102 and b[i:i + 5] == b'false':
            return False, i + 5
        if 48 <= c <= 57 or c == 45:
            r = number(i)
            if r is not None:
                return r
        if c == 78 and b[i:i + 3] == b'NaN':
            return parse_constant('NaN'), i + 3
        if c == 73 and b[i:i + 8] == b'Infinity':
            return parse_constant('Infinity'), i + 8
        if c == 45 and b[i:i + 9] == b'-Infinity':
            return parse_constant('-Infinity'), i + 9
        raise _Error("Expecting value", i)

    def obj(end):
        pairs = []
        nextchar = b[end:end + 1]
        if nextchar != b'"':
            end = skip_ws(end)
            nextchar = b[end:end + 1]
            if nextchar == b'}':
                if object_pairs_hook is not None:
                    return object_pairs_hook(pairs), end + 1
                pairs = {}
                if object_hook is not None:
                    pairs = object_hook(pairs)
                return pairs, end + 1
            elif nextchar != b'"':
                raise _Error("Expecting property name enclosed in double quotes", end)
        end += 1
        while True:
            key, end = scanstring(end)
            key = memo.setdefault(key, key)
            if b[end:end + 1] != b':':
                end = skip_ws(end)
                if b[end:end + 1] != b':':
                    raise _Error("Expecting ':' delimiter", end)
            end = skip_ws(end + 1)
            val, end = value(end)
            pairs.append((key, val))
            end = skip_ws(end)
            nextchar = b[end:end + 1]
            end += 1
            if nextchar == b'}':
                break
            elif nextchar != b',':
                raise _Error("Expecting ',' delimiter", end - 1)
            end = skip_ws(end)
            nextchar = b[end:end + 1]
            end += 1
            if nextchar != b'"':
                raise _Error("Expecting property name enclosed in double quotes", end - 1)
        if object_pairs_hook is not None:
            return object_pairs_hook(pairs), end
        pairs = dict(pairs)
        if object_hook is not None:
            pairs = object_hook(pairs)
        return pairs, end

    def array(end):
        values = []
        end = skip_ws(end)
        if b[end:end + 1] == b']':
            return values, end + 1
        while True:
            val, end = value(end)
            values.append(val)
            end = skip_ws(end)
            nextchar = b[end:end + 1]
            end += 1
            if nextchar == b']':
                break
            elif nextchar != b',':
                raise _Error("Expecting ',' delimiter", end - 1)
            end = skip_ws(end)
        return values, end

    return value(idx), skip_ws


def _char_pos(s, b, pos):
    """The character index in s of byte index pos of b = s.encode()."""
    if len(b) == len(s):
        return pos
    return len(b[:pos].decode('utf-8', 'ignore'))


def _byte_pos(s, idx):
    if s.isascii():
        return idx
    return len(s[:idx].encode('utf-8'))


def scanstring(s, end, strict=True):
    """Scan the JSON string literal whose opening quote is just before s[end].

    Returns (the decoded str, the index after the closing quote).
    """
    b = s.encode('utf-8')

    class _Dec:
        pass
    d = _Dec()
    d.strict = strict
    d.object_hook = d.object_pairs_hook = None
    d.parse_float = float
    d.parse_int = int
    d.parse_constant = _CONSTANTS.__getitem__
    start = _byte_pos(s, end) - 1
    try:
        (value, stop), _ = _scan(b, start, d)
    except _Error as e:
        raise JSONDecodeError(e.msg, s, _char_pos(s, b, e.pos)) from None
    return value, _char_pos(s, b, stop)


class JSONDecoder(object):
    """Simple JSON decoder.

    object_hook / object_pairs_hook transform decoded objects, parse_float /
    parse_int / parse_constant the numbers and NaN/Infinity/-Infinity.
    With strict=False, control characters are allowed inside strings.
    """

    def __init__(self, *, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def _native_args(self, s, idx):
        return (JSONDecodeError, s, idx, self.strict, self.object_hook,
                self.object_pairs_hook,
                None if self.parse_float is float else self.parse_float,
                None if self.parse_int is int else self.parse_int,
                None if self.parse_constant == _CONSTANTS.__getitem__
                else self.parse_constant)

    def decode(self, s, _w=None):
        """Return the Python representation of the JSON document s."""
        if _native is not None and type(self).raw_decode is JSONDecoder.raw_decode:
            return _native.decode(*self._native_args(s, 0))
        b = s.encode('utf-8')
        i = 0
        n = len(b)
        while i < n and b[i] in b' \t\n\r':
            i += 1
        try:
            (obj, end), skip_ws = _scan(b, i, self)
            end = skip_ws(end)
        except _Error as e:
            raise JSONDecodeError(e.msg, s, _char_pos(s, b, e.pos)) from None
        if end != n:
            raise JSONDecodeError("Extra data", s, _char_pos(s, b, end))
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document starting at s[idx]: (value, end index)."""
        if _native is not None:
            return _native.scan(*self._native_args(s, idx))
        b = s.encode('utf-8')
        try:
            (obj, end), _ = _scan(b, _byte_pos(s, idx), self)
        except _Error as e:
            raise JSONDecodeError(e.msg, s, _char_pos(s, b, e.pos)) from None
        return obj, _char_pos(s, b, end)


_default_decoder = JSONDecoder()


def detect_encoding(b):
    """The encoding of a JSON document given as bytes (UTF-8, -16 or -32)."""
    bstartswith = b.startswith
    if bstartswith((b'\xff\xfe\x00\x00', b'\x00\x00\xfe\xff')):
        return 'utf-32'
    if bstartswith((b'\xff\xfe', b'\xfe\xff')):
        return 'utf-16'
    if bstartswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    if len(b) >= 4:
        if not b[0]:
            return 'utf-16-be' if b[1] else 'utf-32-be'
        if not b[1]:
            return 'utf-16-le' if b[2] or b[3] else 'utf-32-le'
    elif len(b) == 2:
        if not b[0]:
            return 'utf-16-be'
        if not b[1]:
            return 'utf-16-le'
    return 'utf-8'


def loads(s, *, cls=None, object_hook=None, parse_float=None,
          parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize s (a str, bytes or bytearray holding a JSON document)."""
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)",
                                  s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                            f'not {s.__class__.__name__}')
        s = s.decode(detect_encoding(s), 'surrogatepass')
    if (cls is None and object_hook is None and
            parse_int is None and parse_float is None and
            parse_constant is None and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None,
         parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize fp (a .read()-supporting file-like object holding a JSON document)."""
    return loads(fp.read(), cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)


class _Submodule:
    """Stand-ins for the json.decoder / json.encoder / json.scanner submodules."""

    def __init__(self, name, **attrs):
        self.__name__ = name
        self.__dict__.update(attrs)

    def __repr__(self):
        return "<module '%s'>" % self.__name__


decoder = _Submodule('json.decoder', JSONDecoder=JSONDecoder,
                     JSONDecodeError=JSONDecodeError, scanstring=scanstring)
encoder = _Submodule('json.encoder', JSONEncoder=JSONEncoder,
                     encode_basestring=_encode_str,
                     encode_basestring_ascii=_encode_str_ascii)

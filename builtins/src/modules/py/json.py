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
            if self.ensure_ascii:
                return _encode_str_ascii(o)
            return _encode_str(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Encode o, yielding its JSON text in pieces."""
        out = []
        _Encoding(self, out).encode(o, 0)
        if _one_shot:
            return out
        return iter(out)


class _Encoding:
    """The state of one encoding run: options, output list, circular markers."""

    def __init__(self, enc, out):
        self.enc = enc
        self.out = out
        self.markers = {} if enc.check_circular else None
        self.strenc = _encode_str_ascii if enc.ensure_ascii else _encode_str
        indent = enc.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent
        self.item_sep = enc.item_separator
        self.key_sep = enc.key_separator
        self.allow_nan = enc.allow_nan
        self.sort_keys = enc.sort_keys
        self.skipkeys = enc.skipkeys
        self.default = enc.default

    def floatstr(self, o):
        if o != o:
            text = 'NaN'
        elif o == _INFINITY:
            text = 'Infinity'
        elif o == -_INFINITY:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            raise ValueError("Out of range float values are not JSON compliant")
        return text

    def enter(self, o):
        markers = self.markers
        if markers is not None:
            mid = id(o)
            if mid in markers:
                raise ValueError("Circular reference detected")
            markers[mid] = o

    def leave(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def encode(self, o, level):
        out = self.out
        if isinstance(o, str):
            out.append(self.strenc(o))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(self.floatstr(o))
        elif isinstance(o, (list, tuple)):
            self.encode_list(o, level)
        elif isinstance(o, dict):
            self.encode_dict(o, level)
        else:
            self.enter(o)
            self.encode(self.default(o), level)
            self.leave(o)

    def encode_list(self, lst, level):
        out = self.out
        if not lst:
            out.append('[]')
            return
        self.enter(lst)
        indent = self.indent
        if indent is not None:
            level += 1
            newline_indent = '\n' + indent * level
            sep = self.item_sep + newline_indent
            out.append('[' + newline_indent)
        else:
            sep = self.item_sep
            out.append('[')
        first = True
        for value in lst:
            if first:
                first = False
            else:
                out.append(sep)
            self.encode(value, level)
        if indent is not None:
            level -= 1
            out.append('\n' + indent * level)
        out.append(']')
        self.leave(lst)

    def encode_dict(self, dct, level):
        out = self.out
        if not dct:
            out.append('{}')
            return
        self.enter(dct)
        indent = self.indent
        if indent is not None:
            level += 1
            newline_indent = '\n' + indent * level
            sep = self.item_sep + newline_indent
            out.append('{' + newline_indent)
        else:
            sep = self.item_sep
            out.append('{')
        if self.sort_keys:
            items = sorted(dct.items())
        else:
            items = dct.items()
        first = True
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = self.floatstr(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = int.__repr__(key)
            elif self.skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, '
                                f'not {key.__class__.__name__}')
            if first:
                first = False
            else:
                out.append(sep)
            out.append(self.strenc(key))
            out.append(self.key_sep)
            self.encode(value, level)
        if indent is not None:
            level -= 1
            out.append('\n' + indent * level)
        out.append('}')
        self.leave(dct)


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

_WS = ' \t\n\r'
_DIGITS = '0123456789'
_SIMPLE_ESCAPES = {
    '"': '"', '\\': '\\', '/': '/',
    'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
}
_CONSTANTS = {
    '-Infinity': float('-inf'),
    'Infinity': float('inf'),
    'NaN': float('nan'),
}


def _skip_ws(s, i):
    n = len(s)
    while i < n and s[i] in _WS:
        i += 1
    return i


def _hex4(s, pos):
    """The value of the 4 hex digits after the 'u' at pos."""
    esc = s[pos + 1:pos + 5]
    if len(esc) == 4 and esc[1] not in 'xX':
        try:
            return int(esc, 16)
        except ValueError:
            pass
    raise JSONDecodeError("Invalid \\uXXXX escape", s, pos)


def scanstring(s, end, strict=True):
    """Scan the string literal whose opening quote is just before end.

    Returns (the decoded str, the index after the closing quote).
    """
    chunks = []
    append = chunks.append
    begin = end - 1
    n = len(s)
    while True:
        q = s.find('"', end)
        b = s.find('\\', end, q if q >= 0 else n)
        stop = b if b >= 0 else q
        if stop < 0:
            stop = n
        content = s[end:stop]
        if content and min(content) < ' ':
            for k, c in enumerate(content):
                if c < ' ':
                    if strict:
                        raise JSONDecodeError("Invalid control character at",
                                              s, end + k)
                    break
        if q < 0 and b < 0:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        if content:
            append(content)
        if b < 0:
            return ''.join(chunks), q + 1
        end = b + 1
        if end >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        esc = s[end]
        if esc != 'u':
            char = _SIMPLE_ESCAPES.get(esc)
            if char is None:
                raise JSONDecodeError("Invalid \\escape", s, end - 1)
            end += 1
        else:
            uni = _hex4(s, end)
            end += 5
            if 0xd800 <= uni <= 0xdbff and s[end:end + 2] == '\\u':
                uni2 = _hex4(s, end + 1)
                if 0xdc00 <= uni2 <= 0xdfff:
                    uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                    end += 6
            char = chr(uni)
        append(char)


class _Scanner:
    """One decoding run: the hooks of a JSONDecoder applied to one document."""

    def __init__(self, dec, s):
        self.s = s
        self.strict = dec.strict
        self.object_hook = dec.object_hook
        self.object_pairs_hook = dec.object_pairs_hook
        self.parse_float = dec.parse_float
        self.parse_int = dec.parse_int
        self.parse_constant = dec.parse_constant
        self.memo = {}

    def value(self, i):
        """Decode the value starting at i: (value, end). Raises _NoValue(i)."""
        s = self.s
        if i >= len(s):
            raise _NoValue(i)
        c = s[i]
        if c == '"':
            return scanstring(s, i + 1, self.strict)
        if c == '{':
            return self.object(i + 1)
        if c == '[':
            return self.array(i + 1)
        if c == 'n' and s[i:i + 4] == 'null':
            return None, i + 4
        if c == 't' and s[i:i + 4] == 'true':
            return True, i + 4
        if c == 'f' and s[i:i + 5] == 'false':
            return False, i + 5
        if c in _DIGITS or c == '-':
            r = self.number(i)
            if r is not None:
                return r
        if c == 'N' and s[i:i + 3] == 'NaN':
            return self.parse_constant('NaN'), i + 3
        if c == 'I' and s[i:i + 8] == 'Infinity':
            return self.parse_constant('Infinity'), i + 8
        if c == '-' and s[i:i + 9] == '-Infinity':
            return self.parse_constant('-Infinity'), i + 9
        raise _NoValue(i)

    def number(self, i):
        s = self.s
        n = len(s)
        start = i
        if s[i] == '-':
            i += 1
        if i >= n:
            return None
        if s[i] == '0':
            i += 1
        elif s[i] in _DIGITS:
            while i < n and s[i] in _DIGITS:
                i += 1
        else:
            return None
        is_float = False
        if i + 1 < n and s[i] == '.' and s[i + 1] in _DIGITS:
            i += 2
            while i < n and s[i] in _DIGITS:
                i += 1
            is_float = True
        if i < n and s[i] in 'eE':
            j = i + 1
            if j < n and s[j] in '+-':
                j += 1
            if j < n and s[j] in _DIGITS:
                while j < n and s[j] in _DIGITS:
                    j += 1
                i = j
                is_float = True
        text = s[start:i]
        if is_float:
            return self.parse_float(text), i
        return self.parse_int(text), i

    def object(self, end):
        s = self.s
        pairs = []
        nextchar = s[end:end + 1]
        if nextchar != '"':
            if nextchar in _WS and nextchar:
                end = _skip_ws(s, end)
                nextchar = s[end:end + 1]
            if nextchar == '}':
                if self.object_pairs_hook is not None:
                    return self.object_pairs_hook(pairs), end + 1
                pairs = {}
                if self.object_hook is not None:
                    pairs = self.object_hook(pairs)
                return pairs, end + 1
            elif nextchar != '"':
                raise JSONDecodeError(
                    "Expecting property name enclosed in double quotes", s, end)
        end += 1
        memo = self.memo
        while True:
            key, end = scanstring(s, end, self.strict)
            key = memo.setdefault(key, key)
            if s[end:end + 1] != ':':
                end = _skip_ws(s, end)
                if s[end:end + 1] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, end)
            end = _skip_ws(s, end + 1)
            try:
                value, end = self.value(end)
            except _NoValue as err:
                raise JSONDecodeError("Expecting value", s, err.pos) from None
            pairs.append((key, value))
            end = _skip_ws(s, end)
            nextchar = s[end:end + 1]
            end += 1
            if nextchar == '}':
                break
            elif nextchar != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
            end = _skip_ws(s, end)
            nextchar = s[end:end + 1]
            end += 1
            if nextchar != '"':
                raise JSONDecodeError(
                    "Expecting property name enclosed in double quotes", s, end - 1)
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs), end
        pairs = dict(pairs)
        if self.object_hook is not None:
            pairs = self.object_hook(pairs)
        return pairs, end

    def array(self, end):
        s = self.s
        values = []
        end = _skip_ws(s, end)
        nextchar = s[end:end + 1]
        if nextchar == ']':
            return values, end + 1
        while True:
            try:
                value, end = self.value(end)
            except _NoValue as err:
                raise JSONDecodeError("Expecting value", s, err.pos) from None
            values.append(value)
            end = _skip_ws(s, end)
            nextchar = s[end:end + 1]
            end += 1
            if nextchar == ']':
                break
            elif nextchar != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
            end = _skip_ws(s, end)
        return values, end


class _NoValue(Exception):
    """No JSON value starts at pos (CPython's scanner raises StopIteration)."""

    def __init__(self, pos):
        self.pos = pos


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

    def decode(self, s, _w=None):
        """Return the Python representation of the JSON document s."""
        obj, end = self.raw_decode(s, idx=_skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document starting at s[idx]: (value, end index)."""
        try:
            return _Scanner(self, s).value(idx)
        except _NoValue as err:
            raise JSONDecodeError("Expecting value", s, err.pos) from None


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

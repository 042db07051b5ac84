"""The string module (Taipan's own implementation).

String constants, capwords(), the $-substitution Template class and the
Formatter class (the machinery behind str.format, overridable piecewise).
Taipan has no regular expressions, so Template parses its placeholders by
hand: subclasses may change `delimiter`, but not `idpattern` or `pattern`.
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s into words with s.split(sep), capitalize each word and join
    them with sep (a single space when sep is None or empty)."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


# Template

_ID_START = frozenset('_' + ascii_letters)
_ID_CHARS = frozenset('_' + ascii_letters + digits)


class _Placeholder:
    """One delimiter occurrence found in a template."""

    __slots__ = ('kind', 'start', 'end', 'name', 'invalid_at')

    def __init__(self, kind, start, end, name=None, invalid_at=None):
        self.kind = kind          # 'escaped', 'named', 'braced' or 'invalid'
        self.start = start        # index of the delimiter
        self.end = end            # index just past the placeholder
        self.name = name
        self.invalid_at = invalid_at


class Template:
    """A string with $name / ${name} placeholders, filled in by
    substitute() and safe_substitute()."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = None

    def __init__(self, template):
        self.template = template

    def _scan(self):
        """The placeholders of the template, left to right (what CPython's
        pattern would match)."""
        s = self.template
        delim = self.delimiter
        dlen = len(delim)
        n = len(s)
        i = s.find(delim)
        while i >= 0:
            j = i + dlen
            if s.startswith(delim, j):
                yield _Placeholder('escaped', i, j + dlen)
                i = s.find(delim, j + dlen)
                continue
            if j < n and s[j] in _ID_START:
                k = j + 1
                while k < n and s[k] in _ID_CHARS:
                    k += 1
                yield _Placeholder('named', i, k, s[j:k])
                i = s.find(delim, k)
                continue
            if j < n and s[j] == '{':
                k = j + 1
                if k < n and s[k] in _ID_START:
                    m = k + 1
                    while m < n and s[m] in _ID_CHARS:
                        m += 1
                    if m < n and s[m] == '}':
                        yield _Placeholder('braced', i, m + 1, s[k:m])
                        i = s.find(delim, m + 1)
                        continue
            yield _Placeholder('invalid', i, j, invalid_at=j)
            i = s.find(delim, j)

    def _invalid(self, ph):
        i = ph.invalid_at
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def _render(self, convert):
        s = self.template
        parts = []
        pos = 0
        for ph in self._scan():
            parts.append(s[pos:ph.start])
            parts.append(convert(ph))
            pos = ph.end
        parts.append(s[pos:])
        return ''.join(parts)

    def substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _ChainLookup(kws, mapping)

        def convert(ph):
            if ph.kind == 'named' or ph.kind == 'braced':
                return str(mapping[ph.name])
            if ph.kind == 'escaped':
                return self.delimiter
            self._invalid(ph)
        return self._render(convert)

    def safe_substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _ChainLookup(kws, mapping)
        s = self.template

        def convert(ph):
            if ph.kind == 'named' or ph.kind == 'braced':
                try:
                    return str(mapping[ph.name])
                except KeyError:
                    return s[ph.start:ph.end]
            if ph.kind == 'escaped':
                return self.delimiter
            return s[ph.start:ph.end]
        return self._render(convert)

    def is_valid(self):
        for ph in self._scan():
            if ph.kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for ph in self._scan():
            if ph.name is not None and ph.name not in ids:
                ids.append(ph.name)
        return ids


class _ChainLookup:
    """Look a key up in several mappings in turn (keywords first)."""

    __slots__ = ('_maps',)

    def __init__(self, *maps):
        self._maps = maps

    def __getitem__(self, key):
        for m in self._maps:
            try:
                return m[key]
            except KeyError:
                pass
        raise KeyError(key)


# Formatter

def _parse_format(s):
    """Split a format string like _string.formatter_parser: yields
    (literal_text, field_name, format_spec, conversion) tuples."""
    n = len(s)
    pos = 0
    while pos < n:
        start = pos
        c = ''
        while pos < n:
            c = s[pos]
            pos += 1
            if c == '{' or c == '}':
                break
        else:
            yield (s[start:], None, None, None)
            return
        if pos < n and s[pos] == c:
            # A doubled brace stands for itself.
            yield (s[start:pos], None, None, None)
            pos += 1
            continue
        if c == '}':
            raise ValueError("Single '}' encountered in format string")
        if pos >= n:
            raise ValueError("Single '{' encountered in format string")
        literal = s[start:pos - 1]
        # The field name runs to '}', ':' or '!'; [...] may contain anything.
        fstart = pos
        while True:
            if pos >= n:
                raise ValueError("expected '}' before end of string")
            c = s[pos]
            pos += 1
            if c == '[':
                while pos < n and s[pos] != ']':
                    pos += 1
                continue
            if c == '{':
                raise ValueError("unexpected '{' in field name")
            if c == '}' or c == ':' or c == '!':
                break
        field = s[fstart:pos - 1]
        conversion = None
        if c == '!':
            if pos >= n:
                raise ValueError(
                    'end of string while looking for conversion specifier')
            conversion = s[pos]
            pos += 1
            if pos < n:
                c = s[pos]
                pos += 1
                if c != ':' and c != '}':
                    raise ValueError(
                        "expected ':' after conversion specifier")
            else:
                c = ':'
        spec = ''
        if c == ':':
            sstart = pos
            depth = 1
            while True:
                if pos >= n:
                    raise ValueError("unmatched '{' in format spec")
                c = s[pos]
                pos += 1
                if c == '{':
                    depth += 1
                elif c == '}':
                    depth -= 1
                    if depth == 0:
                        break
            spec = s[sstart:pos - 1]
        yield (literal, field, spec, conversion)


def _as_int(text):
    if text and text.isdecimal() and text.isascii():
        return int(text)
    return text


def _field_rest(s, pos):
    n = len(s)
    while pos < n:
        c = s[pos]
        pos += 1
        if c == '.':
            start = pos
            while pos < n and s[pos] != '.' and s[pos] != '[':
                pos += 1
            name = s[start:pos]
            if not name:
                raise ValueError('Empty attribute in format string')
            yield (True, name)
        elif c == '[':
            start = pos
            while pos < n and s[pos] != ']':
                pos += 1
            if pos >= n:
                raise ValueError("Missing ']' in format string")
            key = s[start:pos]
            if not key:
                raise ValueError('Empty attribute in format string')
            pos += 1
            if pos < n and s[pos] != '.' and s[pos] != '[':
                raise ValueError("Only '.' or '[' may follow ']' in format "
                                 "field specifier")
            yield (False, _as_int(key))
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format "
                             "field specifier")


def _field_name_split(field_name):
    """Like _string.formatter_field_name_split: (first, rest) where rest
    iterates over (is_attribute, name_or_index) pairs."""
    i = 0
    n = len(field_name)
    while i < n and field_name[i] != '.' and field_name[i] != '[':
        i += 1
    return _as_int(field_name[:i]), _field_rest(field_name, i)


class Formatter:
    """The str.format() machinery, split into overridable steps."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args,
                 recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in \
                self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            # '{}' fields are numbered automatically; mixing with explicit
            # numbers is an error either way round.
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs,
                used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        """Iterate over (literal_text, field_name, format_spec, conversion)
        tuples; the last three are None for pure literal text."""
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        """Find the object a field refers to; returns (obj, used_key)."""
        first, rest = _field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first

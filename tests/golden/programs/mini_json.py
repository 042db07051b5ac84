# A small JSON encoder and decoder written from scratch: string escaping,
# number formatting, recursion, custom exceptions with positions, and
# round-trip checks.


class JSONDecodeError(ValueError):
    def __init__(self, msg, text, pos):
        line = text.count('\n', 0, pos) + 1
        col = pos - (text.rfind('\n', 0, pos) + 1) + 1
        super().__init__(f'{msg}: line {line} column {col} (char {pos})')
        self.pos = pos


ESCAPES = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f'}


def encode_string(s, ensure_ascii=True):
    out = ['"']
    for ch in s:
        if ch in ESCAPES:
            out.append(ESCAPES[ch])
        elif ord(ch) < 0x20 or (ensure_ascii and ord(ch) > 0x7e):
            code = ord(ch)
            if code > 0xFFFF:
                code -= 0x10000
                out.append('\\u%04x\\u%04x' % (0xD800 | (code >> 10), 0xDC00 | (code & 0x3FF)))
            else:
                out.append('\\u%04x' % code)
        else:
            out.append(ch)
    out.append('"')
    return ''.join(out)


def encode(obj, indent=None, sort_keys=False, _level=0):
    if obj is None:
        return 'null'
    if obj is True:
        return 'true'
    if obj is False:
        return 'false'
    if isinstance(obj, int):
        return str(obj)
    if isinstance(obj, float):
        if obj != obj or obj in (float('inf'), float('-inf')):
            raise ValueError(f'Out of range float values are not JSON compliant: {obj!r}')
        return repr(obj)
    if isinstance(obj, str):
        return encode_string(obj)
    if isinstance(obj, (list, tuple)):
        items = [encode(v, indent, sort_keys, _level + 1) for v in obj]
        return _wrap('[', ']', items, indent, _level)
    if isinstance(obj, dict):
        keys = sorted(obj) if sort_keys else list(obj)
        items = []
        for k in keys:
            if isinstance(k, str):
                ks = k
            elif isinstance(k, (int, float, bool)) or k is None:
                ks = encode(k)
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, not {type(k).__name__}')
            items.append(encode_string(ks) + ': ' + encode(obj[k], indent, sort_keys, _level + 1))
        return _wrap('{', '}', items, indent, _level)
    raise TypeError(f'Object of type {type(obj).__name__} is not JSON serializable')


def _wrap(open_, close, items, indent, level):
    if not items:
        return open_ + close
    if indent is None:
        return open_ + ', '.join(items) + close
    pad = ' ' * (indent * (level + 1))
    return open_ + '\n' + ',\n'.join(pad + i for i in items) + '\n' + ' ' * (indent * level) + close


class Decoder:
    WS = ' \t\n\r'

    def __init__(self, text):
        self.text = text
        self.pos = 0

    def error(self, msg, pos=None):
        return JSONDecodeError(msg, self.text, self.pos if pos is None else pos)

    def skip(self):
        while self.pos < len(self.text) and self.text[self.pos] in self.WS:
            self.pos += 1

    def decode(self):
        self.skip()
        value = self.value()
        self.skip()
        if self.pos != len(self.text):
            raise self.error('Extra data')
        return value

    def value(self):
        self.skip()
        if self.pos >= len(self.text):
            raise self.error('Expecting value')
        ch = self.text[self.pos]
        if ch == '{':
            return self.obj()
        if ch == '[':
            return self.arr()
        if ch == '"':
            return self.string()
        for word, val in (('null', None), ('true', True), ('false', False)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return val
        if ch == '-' or ch.isdigit():
            return self.number()
        raise self.error('Expecting value')

    def number(self):
        start = self.pos
        t = self.text
        if t[self.pos] == '-':
            self.pos += 1
        while self.pos < len(t) and t[self.pos].isdigit():
            self.pos += 1
        is_float = False
        if self.pos < len(t) and t[self.pos] == '.':
            is_float = True
            self.pos += 1
            while self.pos < len(t) and t[self.pos].isdigit():
                self.pos += 1
        if self.pos < len(t) and t[self.pos] in 'eE':
            is_float = True
            self.pos += 1
            if self.pos < len(t) and t[self.pos] in '+-':
                self.pos += 1
            while self.pos < len(t) and t[self.pos].isdigit():
                self.pos += 1
        raw = t[start:self.pos]
        if raw in ('-', '') or raw.endswith(('.', 'e', 'E', '+', '-')):
            raise self.error('Invalid number', start)
        return float(raw) if is_float else int(raw)

    def string(self):
        self.pos += 1
        out = []
        t = self.text
        while True:
            if self.pos >= len(t):
                raise self.error('Unterminated string')
            ch = t[self.pos]
            if ch == '"':
                self.pos += 1
                return ''.join(out)
            if ch == '\\':
                esc = t[self.pos + 1:self.pos + 2]
                simple = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
                if esc in simple:
                    out.append(simple[esc])
                    self.pos += 2
                elif esc == 'u':
                    code = int(t[self.pos + 2:self.pos + 6], 16)
                    self.pos += 6
                    if 0xD800 <= code < 0xDC00 and t[self.pos:self.pos + 2] == '\\u':
                        low = int(t[self.pos + 2:self.pos + 6], 16)
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        self.pos += 6
                    out.append(chr(code))
                else:
                    raise self.error('Invalid \\escape')
            else:
                out.append(ch)
                self.pos += 1

    def arr(self):
        self.pos += 1
        items = []
        self.skip()
        if self.text[self.pos:self.pos + 1] == ']':
            self.pos += 1
            return items
        while True:
            items.append(self.value())
            self.skip()
            ch = self.text[self.pos:self.pos + 1]
            self.pos += 1
            if ch == ']':
                return items
            if ch != ',':
                raise self.error("Expecting ',' delimiter", self.pos - 1)

    def obj(self):
        self.pos += 1
        result = {}
        self.skip()
        if self.text[self.pos:self.pos + 1] == '}':
            self.pos += 1
            return result
        while True:
            self.skip()
            if self.text[self.pos:self.pos + 1] != '"':
                raise self.error('Expecting property name enclosed in double quotes')
            key = self.string()
            self.skip()
            if self.text[self.pos:self.pos + 1] != ':':
                raise self.error("Expecting ':' delimiter")
            self.pos += 1
            result[key] = self.value()
            self.skip()
            ch = self.text[self.pos:self.pos + 1]
            self.pos += 1
            if ch == '}':
                return result
            if ch != ',':
                raise self.error("Expecting ',' delimiter", self.pos - 1)


def decode(text):
    return Decoder(text).decode()


doc = {
    'name': 'Taipan "test"',
    'version': [3, 11, 0],
    'ratio': 0.1 + 0.2,
    'big': 2 ** 100,
    'neg': -17,
    'tiny': 1e-300,
    'flags': {'debug': True, 'verbose': False, 'level': None},
    'unicode': 'café ☕ 😀',
    'escapes': 'tab\there\nnewline \\ backslash',
    'empty': {'list': [], 'dict': {}, 'str': ''},
    'nested': [[1, [2, [3, [4]]]], {'deep': {'deeper': {'deepest': 'yes'}}}],
    7: 'int key',
}
compact = encode(doc)
print(compact)
print()
pretty = encode(doc, indent=2, sort_keys=False)
print(pretty)
print()
back = decode(compact)
print(back == {**{k: v for k, v in doc.items() if k != 7}, '7': 'int key'})
print(back['unicode'], back['big'] + 1, back['ratio'], type(back['tiny']).__name__)
print(decode(pretty) == back, encode(back) == compact.replace('"7"', '"7"'))
print(encode({'b': 1, 'a': [True, None]}, sort_keys=True), encode((1, 'two', 3.5)), encode([]), encode({}))
print(encode(1.0), encode(-0.0), encode(1e22), encode(123456789.125), encode('\x00\x1f'), encode('é', ))
print(decode('  [1, -2.5e3, "a\\u00e9\\ud83d\\ude00", {"k": [true, false, null]}]  '))
print(decode('-0'), decode('0.5'), decode('"\\/\\b\\f"'), decode('{"a" : {"b" : {}}}'))

bad_inputs = ['', '[1, 2', '{"a" 1}', '{"a": 1,}', '[1 2]', '{1: 2}', '"unterminated', 'nul', '[1]x',
              '{"k": tru}', '-', '1.', '"bad \\q escape"', '[\n  1,\n  @\n]']
for text in bad_inputs:
    try:
        print(repr(text), '->', decode(text))
    except JSONDecodeError as e:
        print(repr(text), 'JSONDecodeError:', e)
for obj in (float('nan'), {(1, 2): 'tuple key'}, {1, 2}, b'bytes'):
    try:
        encode(obj)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)

records = [{'id': i, 'name': f'user{i}', 'score': round(i * 13.37 % 100, 2), 'tags': ['t%d' % j for j in range(i % 3)]}
           for i in range(1, 8)]
blob = encode(records)
print(len(blob), blob[:80])
loaded = decode(blob)
print(loaded == records, sum(r['score'] for r in loaded), max(loaded, key=lambda r: r['score'])['name'])
print(encode(sorted(loaded, key=lambda r: (-len(r['tags']), r['name']))[:3], indent=1))

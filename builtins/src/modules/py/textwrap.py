"""The textwrap module (Taipan's own implementation).

Text wrapping and filling (TextWrapper, wrap, fill, shorten) plus dedent
and indent.  CPython splits text into chunks with regular expressions;
Taipan has no `re`, so the same chunking rules are implemented by hand
(the results are identical).
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# Only ASCII whitespace counts, as in CPython (not e.g. U+00A0).
_whitespace = '\t\n\x0b\x0c\r '
_WS = frozenset(_whitespace)
_WORD_PUNCT_EXTRA = frozenset('!"\'&.,?')
_LOWER = frozenset('abcdefghijklmnopqrstuvwxyz')


def _is_word(c):
    # Python's \w: alphanumeric characters and the underscore.
    return c == '_' or c.isalnum()


def _is_letter(c):
    # [^\d\W]: a word character that is not a decimal digit.
    return (c == '_' or c.isalnum()) and not c.isdecimal()


def _is_word_punct(c):
    return c == '_' or c.isalnum() or c in _WORD_PUNCT_EXTRA


def _dash_run_then_word(text, i, n):
    """True when text[i:] is two or more '-' followed by a word char."""
    k = i
    while k < n and text[k] == '-':
        k += 1
    return k - i >= 2 and k < n and _is_word(text[k])


def _word_end(text, p, n):
    """End of the word chunk starting at p: the first place where a
    hyphenated word may be broken, the word ends, or an em-dash starts."""
    e = p + 1
    while True:
        if e < n and text[e] == '-':
            # Break after a hyphen with two letters (or letter-letter with
            # a hyphen between them) before it and a letter pair after it.
            before = ((e >= 2 and _is_letter(text[e - 2])
                       and _is_letter(text[e - 1]))
                      or (e >= 3 and _is_letter(text[e - 3])
                          and text[e - 2] == '-' and _is_letter(text[e - 1])))
            if before and e + 1 < n and _is_letter(text[e + 1]):
                if e + 2 < n and (_is_letter(text[e + 2]) or (
                        text[e + 2] == '-' and e + 3 < n
                        and _is_letter(text[e + 3]))):
                    return e + 1
        if e >= n or text[e] in _WS:
            return e
        if _is_word_punct(text[e - 1]) and _dash_run_then_word(text, e, n):
            return e
        e += 1


def _split_words(text):
    """Chunks for break_on_hyphens: whitespace runs, em-dashes between
    words, and words (hyphenated words split after their hyphens)."""
    chunks = []
    n = len(text)
    p = 0
    while p < n:
        c = text[p]
        if c in _WS:
            e = p + 1
            while e < n and text[e] in _WS:
                e += 1
        elif (c == '-' and p > 0 and _is_word_punct(text[p - 1])
              and _dash_run_then_word(text, p, n)):
            e = p
            while text[e] == '-':
                e += 1
        else:
            e = _word_end(text, p, n)
        chunks.append(text[p:e])
        p = e
    return chunks


def _split_simple(text):
    """Chunks for break_on_hyphens=False: alternating runs of whitespace
    and non-whitespace."""
    chunks = []
    n = len(text)
    p = 0
    while p < n:
        ws = text[p] in _WS
        e = p + 1
        while e < n and (text[e] in _WS) == ws:
            e += 1
        chunks.append(text[p:e])
        p = e
    return chunks


def _ends_sentence(chunk):
    # A lowercase ASCII letter, then . ! or ?, then an optional quote.
    n = len(chunk)
    if n and chunk[-1] in '"\'':
        n -= 1
    return n >= 2 and chunk[n - 1] in '.!?' and chunk[n - 2] in _LOWER


class TextWrapper:
    """Wraps paragraphs according to its options: wrap() returns the lines,
    fill() joins them.  The options are instance attributes (width, initial_indent,
    subsequent_indent, expand_tabs, replace_whitespace,
    fix_sentence_endings, break_long_words, drop_whitespace,
    break_on_hyphens, tabsize, max_lines, placeholder)."""

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    def __init__(self,
                 width=70,
                 initial_indent="",
                 subsequent_indent="",
                 expand_tabs=True,
                 replace_whitespace=True,
                 fix_sentence_endings=False,
                 break_long_words=True,
                 drop_whitespace=True,
                 break_on_hyphens=True,
                 tabsize=8,
                 *,
                 max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    # Private methods (overridable by subclasses, as in CPython).

    def _munge_whitespace(self, text):
        """Expand tabs and turn every other whitespace character into a
        space, according to the options."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """Split the text into indivisible chunks (words and whitespace)."""
        if self.break_on_hyphens is True:
            return _split_words(text)
        return _split_simple(text)

    def _fix_sentence_endings(self, chunks):
        """Make sure a sentence end is followed by two spaces."""
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Deal with a chunk too long to fit on any line."""
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                # Prefer breaking after the last hyphen that fits, unless
                # only hyphens precede it.
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            # Put the long word on a line of its own.
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """Group the chunks into lines of at most self.width characters."""
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            if self.max_lines > 1:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")

        # Work from the end of a reversed list: pop() is cheap there.
        chunks.reverse()

        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)

            # Whitespace at the start of a line (but the first) goes.
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]

            while chunks:
                length = len(chunks[-1])
                if cur_len + length <= width:
                    cur_line.append(chunks.pop())
                    cur_len += length
                else:
                    break

            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))

            # Trailing whitespace goes too.
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]

            if cur_line:
                if (self.max_lines is None or
                        len(lines) + 1 < self.max_lines or
                        (not chunks or
                         self.drop_whitespace and
                         len(chunks) == 1 and
                         not chunks[0].strip()) and cur_len <= width):
                    lines.append(indent + ''.join(cur_line))
                else:
                    # The last allowed line: end it with the placeholder,
                    # dropping chunks until it fits.
                    while cur_line:
                        if (cur_line[-1].strip() and
                                cur_len + len(self.placeholder) <= width):
                            cur_line.append(self.placeholder)
                            lines.append(indent + ''.join(cur_line))
                            break
                        cur_len -= len(cur_line[-1])
                        del cur_line[-1]
                    else:
                        if lines:
                            prev_line = lines[-1].rstrip()
                            if (len(prev_line) + len(self.placeholder) <=
                                    self.width):
                                lines[-1] = prev_line + self.placeholder
                                break
                        lines.append(indent + self.placeholder.lstrip())
                    break

        return lines

    def _split_chunks(self, text):
        text = self._munge_whitespace(text)
        return self._split(text)

    # Public interface.

    def wrap(self, text):
        """The lines of the wrapped paragraph (without newlines)."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """The wrapped paragraph as one string."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """The paragraph text split into lines of at most width characters
    (keyword arguments: the TextWrapper options)."""
    w = TextWrapper(width=width, **kwargs)
    return w.wrap(text)


def fill(text, width=70, **kwargs):
    """wrap() joined with newlines."""
    w = TextWrapper(width=width, **kwargs)
    return w.fill(text)


def shorten(text, width, **kwargs):
    """Squeeze runs of whitespace to single spaces and, if the result is
    longer than width, cut it at a word boundary and add the placeholder."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


# Dedent and indent

def dedent(text):
    """Strip the indentation shared by all lines of text.

    Lines holding only spaces and tabs are normalised to empty lines and
    do not count towards the common margin."""
    # Lines are separated by '\n' only, like the '^'/'$' of re.MULTILINE.
    lines = text.split('\n')
    for i, line in enumerate(lines):
        if line and line.strip(' \t') == '':
            lines[i] = ''
    margin = None
    for line in lines:
        stripped = line.lstrip(' \t')
        if not stripped:
            continue
        indent = line[:len(line) - len(stripped)]
        if margin is None:
            margin = indent
        elif indent.startswith(margin):
            pass
        elif margin.startswith(indent):
            margin = indent
        else:
            for i, (x, y) in enumerate(zip(margin, indent)):
                if x != y:
                    margin = margin[:i]
                    break
    if margin:
        cut = len(margin)
        lines = [line[cut:] if line.startswith(margin) else line
                 for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Put prefix in front of lines of text.

    By default the prefix goes on every line that is not whitespace-only;
    predicate(line) chooses the lines otherwise."""
    if predicate is None:
        def predicate(line):
            return line.strip()

    out = []
    for line in text.splitlines(True):
        out.append(prefix + line if predicate(line) else line)
    return ''.join(out)

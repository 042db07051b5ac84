"""The warnings module (Taipan's own implementation).

warn() reports `file:line: Category: message` (plus the source line) on
sys.stderr, once per location by default; filterwarnings(),
simplefilter(), resetwarnings() and catch_warnings() control what
happens.  Message and module filters are regular expressions in CPython;
Taipan has no `re`, so a small matcher handles the common subset
(literals, ., [...] classes, \\d \\w \\s, * + ? quantifiers, ^ and $).
"""

import sys

__all__ = ["warn", "warn_explicit", "showwarning",
           "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings"]


# A tiny regular expression matcher for filter patterns.

def _compile(pattern):
    """Turn a pattern into a list of (atom, quantifier) pairs; an atom is
    a predicate on one character, or '^' / '$'."""
    items = []
    i = 0
    n = len(pattern)
    while i < n:
        c = pattern[i]
        i += 1
        if c == '^' and not items:
            continue
        if c == '$' and i == n:
            items.append(('$', ''))
            continue
        if c == '.':
            atom = _any_char
        elif c == '\\' and i < n:
            e = pattern[i]
            i += 1
            atom = _ESCAPES.get(e) or _literal(e)
        elif c == '[':
            j = i
            negate = False
            if j < n and pattern[j] == '^':
                negate = True
                j += 1
            chars = []
            ranges = []
            first = True
            while j < n and (pattern[j] != ']' or first):
                first = False
                ch = pattern[j]
                if ch == '\\' and j + 1 < n:
                    ch = pattern[j + 1]
                    j += 1
                if j + 2 < n and pattern[j + 1] == '-' and pattern[j + 2] != ']':
                    ranges.append((ch, pattern[j + 2]))
                    j += 3
                else:
                    chars.append(ch)
                    j += 1
            i = j + 1
            atom = _char_class(frozenset(chars), tuple(ranges), negate)
        else:
            atom = _literal(c)
        quant = ''
        if i < n and pattern[i] in '*+?':
            quant = pattern[i]
            i += 1
            if i < n and pattern[i] == '?':
                i += 1   # lazy quantifiers match the same for match()
        items.append((atom, quant))
    return items


def _any_char(c):
    return c != '\n'


def _literal(ch):
    def match(c):
        return c == ch
    return match


def _char_class(chars, ranges, negate):
    def match(c):
        found = c in chars or any(lo <= c <= hi for lo, hi in ranges)
        return found != negate
    return match


_ESCAPES = {
    'd': lambda c: c.isdecimal(),
    'D': lambda c: not c.isdecimal(),
    'w': lambda c: c.isalnum() or c == '_',
    'W': lambda c: not (c.isalnum() or c == '_'),
    's': lambda c: c in ' \t\n\r\x0b\x0c',
    'S': lambda c: c not in ' \t\n\r\x0b\x0c',
}


def _match_here(items, k, text, i):
    if k == len(items):
        return True
    atom, quant = items[k]
    if atom == '$':
        return i == len(text) or (i == len(text) - 1 and text[i] == '\n')
    if quant == '':
        return i < len(text) and atom(text[i]) and _match_here(items, k + 1,
                                                                text, i + 1)
    if quant == '?':
        if i < len(text) and atom(text[i]) and _match_here(items, k + 1, text,
                                                           i + 1):
            return True
        return _match_here(items, k + 1, text, i)
    # '*' or '+': greedy, then back off.
    j = i
    while j < len(text) and atom(text[j]):
        j += 1
    low = i + 1 if quant == '+' else i
    while j >= low:
        if _match_here(items, k + 1, text, j):
            return True
        j -= 1
    return False


class _Pattern:
    """A compiled filter pattern with re-like match() and a pattern
    attribute."""

    __slots__ = ('pattern', 'flags', '_items')

    def __init__(self, pattern, ignorecase):
        self.pattern = pattern
        self.flags = 2 if ignorecase else 0
        self._items = _compile(pattern.lower() if ignorecase else pattern)

    def match(self, text):
        if self.flags:
            text = text.lower()
        return _match_here(self._items, 0, text, 0)

    def __eq__(self, other):
        if not isinstance(other, _Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __repr__(self):
        if self.flags:
            return 're.compile(%r, re.IGNORECASE)' % (self.pattern,)
        return 're.compile(%r)' % (self.pattern,)


# Showing warnings

_line_cache = {}


def _getline(filename, lineno):
    lines = _line_cache.get(filename)
    if lines is None:
        try:
            with open(filename, encoding='utf-8') as f:
                lines = f.read().splitlines()
        except Exception:
            lines = []
        _line_cache[filename] = lines
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1] + '\n'
    return ''


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a formatted warning to file (sys.stderr by default).  Programs
    may replace this function to redirect warnings."""
    msg = WarningMessage(message, category, filename, lineno, file, line)
    _showwarnmsg_impl(msg)


def formatwarning(message, category, filename, lineno, line=None):
    """'file:line: Category: message' plus the stripped source line."""
    msg = WarningMessage(message, category, filename, lineno, None, line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            # No stream at all: the warning is dropped.
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    s = f"{msg.filename}:{msg.lineno}: {category}: {msg.message}\n"
    if msg.line is None:
        line = _getline(msg.filename, msg.lineno)
    else:
        line = msg.line
    if line:
        line = line.strip()
        s += "  %s\n" % line
    return s


# Keep references to the originals, to detect replaced hooks.
_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _showwarnmsg(msg):
    """Show a WarningMessage through the (possibly replaced) showwarning."""
    sw = showwarning
    if sw is not _showwarning_orig:
        if not callable(sw):
            raise TypeError("warnings.showwarning() must be set to a "
                            "function or method")
        sw(msg.message, msg.category, msg.filename, msg.lineno,
           msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def _formatwarnmsg(msg):
    """Format a WarningMessage through the (possibly replaced)
    formatwarning."""
    fw = formatwarning
    if fw is not _formatwarning_orig:
        return fw(msg.message, msg.category,
                  msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


# Filters

def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Add a filter (in front of the others, or last with append=True).

    A warning matches when its text starts with a match of the message
    pattern (case-insensitively), its category is a subclass of category,
    the module name matches the module pattern and lineno is 0 or equal.
    The first matching filter's action applies: "error", "ignore",
    "always", "default", "module" or "once"."""
    if action not in {"error", "ignore", "always", "default", "module",
                      "once"}:
        raise AssertionError("invalid action: %r" % (action,))
    if not isinstance(message, str):
        raise AssertionError("message must be a string")
    if not isinstance(category, type) or not issubclass(category, Warning):
        raise AssertionError("category must be a Warning subclass")
    if not isinstance(module, str):
        raise AssertionError("module must be a string")
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError("lineno must be an int >= 0")
    msg = _Pattern(message, True) if message else None
    mod = _Pattern(module, False) if module else None
    _add_filter(action, msg, category, mod, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Add a filter matching every message and module (see
    filterwarnings)."""
    if action not in {"error", "ignore", "always", "default", "module",
                      "once"}:
        raise AssertionError("invalid action: %r" % (action,))
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError("lineno must be an int >= 0")
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    # Remove a possible duplicate filter, so it is moved to the front (or
    # not added twice when appending).
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    else:
        if item not in filters:
            filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Remove every filter (the default action then applies)."""
    filters[:] = []
    _filters_mutated()


class _OptionError(Exception):
    """Error in a -W style option."""
    pass


# The registry version: bumped when the filters change, so the
# "already shown" registries of modules are invalidated.
_filters_version = [1]


def _filters_mutated():
    _filters_version[0] += 1


def _caller(stacklevel):
    """(globals, filename, lineno) of the frame stacklevel levels above
    warn()'s caller; CPython's fallback (sys, line 1) when unavailable."""
    try:
        frame = sys._getframe(stacklevel + 1)
    except (ValueError, AttributeError):
        return _sys_globals, "sys", 1
    return frame.f_globals, frame.f_code.co_filename, frame.f_lineno


_sys_globals = {'__name__': 'sys'}


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning: depending on the filters it is shown, ignored or
    raised.  The location reported is stacklevel frames up from the
    caller."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, "
                        "not '{:s}'".format(type(category).__name__))
    globals, filename, lineno = _caller(stacklevel)
    if '__name__' in globals:
        module = globals['__name__']
    else:
        module = "<string>"
    registry = globals.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module, registry,
                  globals, source)


def _matches(pattern, text):
    # Filters hold compiled patterns, None (match all) or plain strings
    # (exact match, as the C implementation allows).
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return bool(pattern.match(text))


def warn_explicit(message, category, filename, lineno,
                  module=None, registry=None, module_globals=None,
                  source=None):
    """warn() with the location, module and registry given
    explicitly."""
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get('version', 0) != _filters_version[0]:
        registry.clear()
        registry['version'] = _filters_version[0]
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    # Already shown from here?
    if registry.get(key):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if (_matches(msg, text) and
                issubclass(category, cat) and
                _matches(mod, module) and
                (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == "ignore":
        return

    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == "always":
        pass
    elif action == "module":
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == "default":
        registry[key] = 1
    else:
        raise RuntimeError(
            "Unrecognized action (%r) in warnings.filters:\n %s" %
            (action, item))
    msg = WarningMessage(message, category, filename, lineno, source=source)
    _showwarnmsg(msg)


class WarningMessage(object):
    """Holds the details of one warning (what catch_warnings records)."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


class catch_warnings(object):
    """Context manager saving the filters and showwarning() on entry and
    restoring them on exit.

    With record=True, warnings are appended to the list that __enter__
    returns instead of being shown.  The action, category, lineno and
    append arguments apply simplefilter() on entry."""

    def __init__(self, *, record=False, module=None,
                 action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules['warnings']:
            args.append("module=%r" % self._module)
        name = type(self).__name__
        return "%s(%s)" % (name, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._filters = self._module.filters
        self._module.filters = self._filters[:]
        self._module._filters_mutated()
        self._showwarning = self._module.showwarning
        self._showwarnmsg_impl = self._module._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            self._module._showwarnmsg_impl = log.append
            # The original showwarning routes warnings to the log.
            self._module.showwarning = self._module._showwarning_orig
            return log
        else:
            return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        self._module.filters = self._filters
        self._module._filters_mutated()
        self._module.showwarning = self._showwarning
        self._module._showwarnmsg_impl = self._showwarnmsg_impl


# The default state, as in a CPython 3.11 release build.
filters = []
defaultaction = "default"
onceregistry = {}

_warnings_defaults = True
filters[:] = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]

"""Container datatypes (Taipan's own implementation).

namedtuple, deque, defaultdict, OrderedDict, Counter, ChainMap and the
UserDict, UserList and UserString wrappers.
"""

__all__ = [
    'ChainMap',
    'Counter',
    'OrderedDict',
    'UserDict',
    'UserList',
    'UserString',
    'defaultdict',
    'deque',
    'namedtuple',
]

import sys as _sys
from collections import abc as _abc
from keyword import iskeyword as _iskeyword
from operator import eq as _eq
from operator import itemgetter as _itemgetter

abc = _abc
_MAXSIZE = 9223372036854775807


def _index(value):
    """value.__index__(), with CPython's error for other types."""
    if isinstance(value, int):
        return int(value)
    meth = getattr(type(value), '__index__', None)
    if meth is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__)
    return meth(value)


# namedtuple

def namedtuple(typename, field_names, *, rename=False, defaults=None,
               module=None):
    """Create a tuple subclass whose items are also reachable by name.

    field_names is a sequence of names or one string of names separated by
    spaces and/or commas; defaults apply to the rightmost fields; with
    rename true, invalid names become _0, _1, ... instead of failing."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = _sys.intern(str(typename))

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier()
                    or _iskeyword(name)
                    or name.startswith('_')
                    or name in seen):
                field_names[index] = f'_{index}'
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             f'identifiers: {name!r}')
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a '
                             f'keyword: {name!r}')

    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             f'{name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(reversed(list(zip(reversed(field_names),
                                                reversed(defaults)))))

    field_names = tuple(map(_sys.intern, field_names))
    num_fields = len(field_names)
    arg_list = ', '.join(field_names)
    if num_fields == 1:
        arg_list += ','
    repr_fmt = '(' + ', '.join(f'{name}=%r' for name in field_names) + ')'
    tuple_new = tuple.__new__

    # __new__ gets the real parameter names, so argument errors read like
    # CPython's (Point.__new__() missing 1 required positional argument).
    namespace = {
        '_tuple_new': tuple_new,
        '__builtins__': {},
        '__name__': f'namedtuple_{typename}',
    }
    code = f'lambda _cls, {arg_list}: _tuple_new(_cls, ({arg_list}))'
    __new__ = eval(code, namespace)
    __new__.__name__ = '__new__'
    __new__.__doc__ = f'Create new instance of {typename}({arg_list})'
    if defaults is not None:
        __new__.__defaults__ = defaults

    @classmethod
    def _make(cls, iterable):
        result = tuple_new(cls, iterable)
        if len(result) != num_fields:
            raise TypeError(f'Expected {num_fields} arguments, '
                            f'got {len(result)}')
        return result

    _make.__func__.__doc__ = (f'Make a new {typename} object from a sequence '
                              'or iterable')

    def _replace(self, /, **kwds):
        result = self._make(map(kwds.pop, field_names, self))
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return result

    _replace.__doc__ = (f'Return a new {typename} object replacing specified '
                        'fields with new values')

    def __repr__(self):
        """TypeName(field=value, ...)"""
        return self.__class__.__name__ + repr_fmt % self

    def _asdict(self):
        """The fields as a {name: value} dict."""
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        """The constructor arguments (for copy and pickle)."""
        return tuple(self)

    for method in (__new__, _make.__func__, _replace, __repr__, _asdict,
                   __getnewargs__):
        method.__qualname__ = f'{typename}.{method.__name__}'

    class_namespace = {
        '__doc__': f'{typename}({arg_list})',
        '__slots__': (),
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': _make,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': field_names,
    }
    for index, name in enumerate(field_names):
        doc = _sys.intern(f'Alias for field number {index}')
        class_namespace[name] = property(_itemgetter(index), doc=doc)

    result = type(typename, (tuple,), class_namespace)

    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            module = '__main__'
    if module is not None:
        result.__module__ = module

    return result


# deque

_NO_ITEMS = ()

class deque:
    """Double-ended queue: appends and pops at both ends in O(1).

    The items live in _data[_head:]; popleft() advances _head and the
    storage is compacted once the dead prefix dominates."""

    __slots__ = ('_data', '_head', '_maxlen', '_state', '__weakref__')

    def __init__(self, iterable=_NO_ITEMS, maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                if not hasattr(type(maxlen), '__index__'):
                    raise TypeError('an integer is required')
                maxlen = _index(maxlen)
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        self._state = 0
        if getattr(self, '_data', None):
            self.clear()
        self._data = []
        self._head = 0
        if iterable is not _NO_ITEMS:
            self.extend(iterable)

    # Storage helpers.

    def _items(self):
        if self._head:
            return self._data[self._head:]
        return list(self._data)

    def _set_items(self, items):
        self._data = items
        self._head = 0
        self._state += 1

    def _trim_left(self):
        # Called after an append overflowed maxlen.
        data = self._data
        data[self._head] = None
        self._head += 1
        self._compact()

    def _compact(self):
        head = self._head
        data = self._data
        if head == len(data):
            self._data = []
            self._head = 0
        elif head > 16 and head * 2 > len(data):
            del data[:head]
            self._head = 0

    # Public interface.

    @property
    def maxlen(self):
        """The size limit given at creation (None: unbounded)."""
        return self._maxlen

    def append(self, x, /):
        """Put x at the right end (dropping from the left when full)."""
        self._state += 1
        self._data.append(x)
        maxlen = self._maxlen
        if maxlen is not None and len(self._data) - self._head > maxlen:
            self._trim_left()

    def appendleft(self, x, /):
        """Put x at the left end (dropping from the right when full)."""
        self._state += 1
        maxlen = self._maxlen
        if maxlen == 0:
            return
        if self._head == 0:
            data = self._data
            room = len(data) if len(data) > 8 else 8
            data[0:0] = [None] * room
            self._head = room
        self._head -= 1
        self._data[self._head] = x
        if maxlen is not None and len(self._data) - self._head > maxlen:
            self._data.pop()

    def pop(self):
        """Take the item at the right end."""
        if len(self._data) == self._head:
            raise IndexError('pop from an empty deque')
        self._state += 1
        x = self._data.pop()
        if len(self._data) == self._head:
            self._data = []
            self._head = 0
        return x

    def popleft(self):
        """Take the item at the left end."""
        data = self._data
        head = self._head
        if len(data) == head:
            raise IndexError('pop from an empty deque')
        self._state += 1
        x = data[head]
        data[head] = None
        self._head = head + 1
        self._compact()
        return x

    def extend(self, iterable, /):
        """append() every item of iterable."""
        if iterable is self:
            iterable = self._items()
        if self._maxlen is None:
            self._state += 1
            self._data.extend(iterable)
            return
        append = self.append
        for x in iterable:
            append(x)

    def extendleft(self, iterable, /):
        """appendleft() every item of iterable (so they end up
        reversed)."""
        if iterable is self:
            iterable = self._items()
        appendleft = self.appendleft
        for x in iterable:
            appendleft(x)

    def clear(self):
        """Empty the deque."""
        self._state += 1
        self._data = []
        self._head = 0

    def copy(self):
        """A new deque (same type and maxlen) with the same items."""
        if self._maxlen is None:
            return type(self)(self)
        return type(self)(self, self._maxlen)

    __copy__ = copy

    def count(self, value, /):
        """How many items are (or equal) value."""
        state = self._state
        n = 0
        for x in self._items():
            if x is value or x == value:
                n += 1
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        return n

    def index(self, value, start=0, stop=_MAXSIZE, /):
        """Position of the first occurrence of value within [start:stop];
        ValueError when absent."""
        n = len(self)
        start = _index(start)
        stop = _index(stop)
        if start < 0:
            start += n
            if start < 0:
                start = 0
        if stop < 0:
            stop += n
            if stop < 0:
                stop = 0
        if stop > n:
            stop = n
        if start > stop:
            start = stop
        state = self._state
        for i in range(start, stop):
            x = self._data[self._head + i]
            if x is value or x == value:
                return i
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        raise ValueError('%r is not in deque' % (value,))

    def insert(self, index, value, /):
        """Put value before position index."""
        index = _index(index)
        if self._maxlen is not None and len(self) >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        items = self._items()
        items.insert(index, value)
        self._set_items(items)

    def remove(self, value, /):
        """Delete the first occurrence of value; ValueError when absent."""
        state = self._state
        items = self._items()
        for i, x in enumerate(items):
            if x is value or x == value:
                if state != self._state:
                    raise IndexError('deque mutated during remove().')
                del items[i]
                self._set_items(items)
                return
        raise ValueError('%r is not in deque' % (value,))

    def reverse(self):
        """Reverse the order of the items in place."""
        items = self._items()
        items.reverse()
        self._set_items(items)

    def rotate(self, n=1, /):
        """Move the last n items to the front (n < 0 rotates the other
        way)."""
        n = _index(n)
        if n > _MAXSIZE or n < -_MAXSIZE - 1:
            raise OverflowError('Python int too large to convert to C ssize_t')
        size = len(self)
        if size <= 1:
            return
        n %= size
        if n == 0:
            return
        items = self._items()
        self._set_items(items[-n:] + items[:-n])

    # Sequence protocol.

    def __len__(self):
        return len(self._data) - self._head

    def __bool__(self):
        return len(self._data) != self._head

    def __iter__(self):
        state = self._state
        n = len(self._data) - self._head
        i = 0
        while True:
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
            if i >= n:
                return
            yield self._data[self._head + i]
            i += 1

    def __reversed__(self):
        state = self._state
        n = len(self._data) - self._head
        i = n - 1
        while True:
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
            if i < 0:
                return
            yield self._data[self._head + i]
            i -= 1

    def __contains__(self, value):
        state = self._state
        for x in self._items():
            if x is value or x == value:
                return True
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        return False

    def _position(self, index):
        if not isinstance(index, int):
            if not hasattr(type(index), '__index__'):
                raise TypeError('sequence index must be integer, not %r'
                                % type(index).__name__)
            index = _index(index)
        n = len(self._data) - self._head
        if index < 0:
            index += n
        if index < 0 or index >= n:
            raise IndexError('deque index out of range')
        return self._head + index

    def __getitem__(self, index):
        return self._data[self._position(index)]

    def __setitem__(self, index, value):
        self._data[self._position(index)] = value

    def __delitem__(self, index):
        pos = self._position(index) - self._head
        items = self._items()
        del items[pos]
        self._set_items(items)

    # Comparisons and arithmetic.

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() == other._items()

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() != other._items()

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() < other._items()

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() <= other._items()

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() > other._items()

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() >= other._items()

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque'
                            % type(other).__name__)
        new = self.copy()
        new.extend(other)
        return new

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        new = self.copy()
        new *= n
        return new

    __rmul__ = __mul__

    def __imul__(self, n):
        n = _index(n)
        if n <= 0:
            self.clear()
            return self
        items = self._items() * n
        if self._maxlen is not None and len(items) > self._maxlen:
            items = items[len(items) - self._maxlen:]
        self._set_items(items)
        return self

    def __repr__(self):
        key = id(self)
        if key in _deque_repr_running:
            return '[...]'
        _deque_repr_running.add(key)
        try:
            body = repr(self._items())
        finally:
            _deque_repr_running.discard(key)
        if self._maxlen is not None:
            return '%s(%s, maxlen=%d)' % (type(self).__name__, body,
                                          self._maxlen)
        return '%s(%s)' % (type(self).__name__, body)

    def __reduce__(self):
        state = getattr(self, '__dict__', None) or None
        return (type(self), ((), self._maxlen), state, iter(self._items()))

    def __class_getitem__(cls, item):
        return _abc._GenericAlias(cls, item)


_deque_repr_running = set()
_abc.MutableSequence.register(deque)


# defaultdict

class defaultdict(dict):
    """dict whose missing keys are filled in by calling default_factory()
    (on d[key] lookups only); the other arguments are dict()'s."""

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        self[key] = value = factory()
        return value

    def __repr__(self):
        factory = self.default_factory
        if factory is None:
            frepr = 'None'
        else:
            key = id(factory)
            if key in _dd_repr_running:
                frepr = '...'
            else:
                _dd_repr_running.add(key)
                try:
                    frepr = repr(factory)
                finally:
                    _dd_repr_running.discard(key)
        return '%s(%s, %s)' % (type(self).__name__, frepr,
                               dict.__repr__(self))

    def copy(self):
        """A new defaultdict with the same factory and items."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        args = (self.default_factory,) if self.default_factory else ()
        return (type(self), args, None, None, iter(self.items()))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new

    def __ior__(self, other):
        dict.update(self, other)
        return self


_dd_repr_running = set()


# OrderedDict

class _OrderedDictKeysView(_abc.KeysView):

    __slots__ = ()

    def __reversed__(self):
        yield from reversed(self._mapping)

    def __repr__(self):
        return 'odict_keys(%r)' % (list(self),)


class _OrderedDictItemsView(_abc.ItemsView):

    __slots__ = ()

    def __iter__(self):
        return iter(dict.items(self._mapping))

    def __reversed__(self):
        mapping = self._mapping
        for key in reversed(mapping):
            yield (key, mapping[key])

    def __repr__(self):
        return 'odict_items(%r)' % (list(self),)


class _OrderedDictValuesView(_abc.ValuesView):

    __slots__ = ()

    def __iter__(self):
        return iter(dict.values(self._mapping))

    def __reversed__(self):
        mapping = self._mapping
        for key in reversed(mapping):
            yield mapping[key]

    def __repr__(self):
        return 'odict_values(%r)' % (list(self),)


_sentinel = object()


class OrderedDict(dict):
    """Dictionary that remembers insertion order, with move_to_end() and
    popitem(last=...); equality with another OrderedDict is
    order-sensitive."""

    def __init__(self, other=(), /, **kwds):
        self.update(other, **kwds)

    update = _abc.MutableMapping.update

    def popitem(self, last=True):
        """Remove and return the last (key, value) pair, or the first one
        when last is false."""
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            key = next(reversed(self))
        else:
            key = next(iter(self))
        value = dict.pop(self, key)
        return key, value

    def move_to_end(self, key, last=True):
        """Move key to the end (to the front when last is false); KeyError
        when it is missing."""
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
        else:
            rest = list(dict.items(self))
            dict.clear(self)
            dict.__setitem__(self, key, value)
            dict.update(self, rest)

    def keys(self):
        "D.keys() -> a set-like object providing a view on D's keys"
        return _OrderedDictKeysView(self)

    def items(self):
        "D.items() -> a set-like object providing a view on D's items"
        return _OrderedDictItemsView(self)

    def values(self):
        "D.values() -> an object providing a view on D's values"
        return _OrderedDictValuesView(self)

    def pop(self, key, default=_sentinel):
        """Remove key and return its value (default, or KeyError, when
        missing)."""
        if default is _sentinel:
            return dict.pop(self, key)
        return dict.pop(self, key, default)

    def setdefault(self, key, default=None):
        """self[key]; when missing, store default first."""
        if key in self:
            return self[key]
        self[key] = default
        return default

    def __repr__(self):
        key = id(self)
        if key in _od_repr_running:
            return '...'
        _od_repr_running.add(key)
        try:
            if not self:
                return '%s()' % (self.__class__.__name__,)
            return '%s(%r)' % (self.__class__.__name__,
                               list(dict.items(self)))
        finally:
            _od_repr_running.discard(key)

    def __reduce__(self):
        state = getattr(self, '__dict__', None) or None
        return self.__class__, (), state, None, iter(dict.items(self))

    def copy(self):
        """A new ordered dict (same type) with the same items."""
        return self.__class__(self)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """A new ordered dict mapping every key of iterable to value."""
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and all(map(_eq, self, other))
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(other)
        new.update(self)
        return new


_od_repr_running = set()


# Counter

def _count_elements(mapping, iterable):
    """Add one to mapping[elem] for every elem."""
    mapping_get = mapping.get
    for elem in iterable:
        mapping[elem] = mapping_get(elem, 0) + 1


class Counter(dict):
    """A dict mapping elements to counts (a multiset): missing elements
    count zero, and counters add, subtract and compare like bags."""

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        """Absent elements have a zero count."""
        return 0

    def total(self):
        """The sum of all counts."""
        return sum(self.values())

    def most_common(self, n=None):
        """(element, count) pairs, highest count first (ties in insertion
        order); only the first n when n is given."""
        if n is None:
            return sorted(self.items(), key=_itemgetter(1), reverse=True)
        import heapq
        return heapq.nlargest(n, self.items(), key=_itemgetter(1))

    def elements(self):
        """Each element repeated count times (non-positive counts give
        nothing)."""
        from itertools import chain, repeat, starmap
        return chain.from_iterable(starmap(repeat, self.items()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Add counts: from a mapping of counts, or one per element of an
        iterable, then from the keyword arguments."""
        if iterable is not None:
            if isinstance(iterable, _abc.Mapping):
                if self:
                    self_get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + self_get(elem, 0)
                else:
                    # Nothing to add to yet: copy the counts directly.
                    super().update(iterable)
            else:
                _count_elements(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Subtract counts (like update(), the other way); counts may go
        negative."""
        if iterable is not None:
            self_get = self.get
            if isinstance(iterable, _abc.Mapping):
                for elem, count in iterable.items():
                    self[elem] = self_get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self_get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """A new counter (same type) with the same counts."""
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        """Remove elem; a missing element is not an error."""
        if elem in self:
            super().__delitem__(elem)

    def __repr__(self):
        if not self:
            return f'{self.__class__.__name__}()'
        try:
            # dict() keeps the order most_common() returns
            d = dict(self.most_common())
        except TypeError:
            # the counts are not orderable
            d = dict(self)
        return f'{self.__class__.__name__}({d!r})'

    # Rich comparisons treat missing elements as having zero counts.

    def __eq__(self, other):
        """Same counts for every element (absent means zero)."""
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        """Some element has different counts (absent means zero)."""
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        """Every count is <= the other's."""
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        """<= and not equal."""
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        """Every count is >= the other's."""
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        """>= and not equal."""
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    def __add__(self, other):
        """Sum of the counts; only positive results are kept."""
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        """Difference of the counts; only positive results are kept."""
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        """Per-element maximum; only positive results are kept."""
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        """Per-element minimum; only positive results are kept."""
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        """The positive counts only."""
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        """The negative counts, negated."""
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        """Drop the elements whose count is not positive."""
        nonpositive = [elem for elem, count in self.items() if not count > 0]
        for elem in nonpositive:
            del self[elem]
        return self

    def __iadd__(self, other):
        """In-place +."""
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        """In-place -."""
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        """In-place |."""
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        """In-place &."""
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


# ChainMap

class ChainMap(_abc.MutableMapping):
    """A view of several mappings as one: lookups try each mapping in
    turn.

    Writes and deletions only touch the first mapping (maps[0])."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            d.update(dict.fromkeys(mapping))
        return iter(d)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        key = id(self)
        if key in _cm_repr_running:
            return '...'
        _cm_repr_running.add(key)
        try:
            return f'{self.__class__.__name__}({", ".join(map(repr, self.maps))})'
        finally:
            _cm_repr_running.discard(key)

    @classmethod
    def fromkeys(cls, iterable, *args):
        """A ChainMap over dict.fromkeys(iterable, *args)."""
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        """Copy maps[0]; share the other mappings."""
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """A ChainMap with m (default: a new dict holding kwargs) in front
        of the current maps."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        """A ChainMap of all the maps but the first."""
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        """popitem() on maps[0]."""
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        """pop() on maps[0]."""
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def clear(self):
        """Empty maps[0] only."""
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _abc.Mapping):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ror__(self, other):
        if not isinstance(other, _abc.Mapping):
            return NotImplemented
        m = dict(other)
        for child in reversed(self.maps):
            m.update(child)
        return self.__class__(m)


_cm_repr_running = set()


# UserDict, UserList, UserString

class UserDict(_abc.MutableMapping):
    """A dict wrapper whose contents live in the .data attribute."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if hasattr(self.__class__, "__missing__"):
            return self.__class__.__missing__(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(self.data | other.data)
        if isinstance(other, dict):
            return self.__class__(self.data | other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(other.data | self.data)
        if isinstance(other, dict):
            return self.__class__(other | self.data)
        return NotImplemented

    def __ior__(self, other):
        if isinstance(other, UserDict):
            self.data |= other.data
        else:
            self.data |= other
        return self

    def __copy__(self):
        inst = self.__class__.__new__(self.__class__)
        inst.__dict__.update(self.__dict__)
        inst.__dict__["data"] = self.__dict__["data"].copy()
        return inst

    def copy(self):
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        import copy
        data = self.data
        try:
            self.data = {}
            c = copy.copy(self)
        finally:
            self.data = data
        c.update(self)
        return c

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for key in iterable:
            d[key] = value
        return d


class UserList(_abc.MutableSequence):
    """A list wrapper whose contents live in the .data attribute."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if type(initlist) == type(self.data):
                self.data[:] = initlist
            elif isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def __lt__(self, other):
        return self.data < self.__cast(other)

    def __le__(self, other):
        return self.data <= self.__cast(other)

    def __eq__(self, other):
        return self.data == self.__cast(other)

    def __gt__(self, other):
        return self.data > self.__cast(other)

    def __ge__(self, other):
        return self.data >= self.__cast(other)

    def __cast(self, other):
        return other.data if isinstance(other, UserList) else other

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        if isinstance(other, UserList):
            return self.__class__(self.data + other.data)
        if isinstance(other, type(self.data)):
            return self.__class__(self.data + other)
        return self.__class__(self.data + list(other))

    def __radd__(self, other):
        if isinstance(other, UserList):
            return self.__class__(other.data + self.data)
        if isinstance(other, type(self.data)):
            return self.__class__(other + self.data)
        return self.__class__(list(other) + self.data)

    def __iadd__(self, other):
        if isinstance(other, UserList):
            self.data += other.data
        elif isinstance(other, type(self.data)):
            self.data += other
        else:
            self.data += list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        inst = self.__class__.__new__(self.__class__)
        inst.__dict__.update(self.__dict__)
        inst.__dict__["data"] = self.__dict__["data"][:]
        return inst

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        if isinstance(other, UserList):
            self.data.extend(other.data)
        else:
            self.data.extend(other)


class UserString(_abc.Sequence):
    """A str wrapper whose contents live in the .data attribute."""

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __complex__(self):
        return complex(self.data)

    def __hash__(self):
        return hash(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    def __eq__(self, string):
        return self.data == _unwrap(string)

    def __lt__(self, string):
        return self.data < _unwrap(string)

    def __le__(self, string):
        return self.data <= _unwrap(string)

    def __gt__(self, string):
        return self.data > _unwrap(string)

    def __ge__(self, string):
        return self.data >= _unwrap(string)

    def __contains__(self, char):
        if isinstance(char, UserString):
            char = char.data
        return char in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __add__(self, other):
        if isinstance(other, UserString):
            return self.__class__(self.data + other.data)
        elif isinstance(other, str):
            return self.__class__(self.data + other)
        return self.__class__(self.data + str(other))

    def __radd__(self, other):
        if isinstance(other, str):
            return self.__class__(other + self.data)
        return self.__class__(str(other) + self.data)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def __rmod__(self, template):
        return self.__class__(str(template) % self)

    def join(self, seq):
        return self.__class__(self.data.join(seq))

    def format(self, /, *args, **kwds):
        return self.data.format(*args, **kwds)

    def format_map(self, mapping):
        return self.data.format_map(mapping)


def _unwrap(x):
    return x.data if isinstance(x, UserString) else x


def _user_string_method(name, wrap):
    method = getattr(str, name)
    if wrap:
        def delegate(self, *args, **kwargs):
            return self.__class__(method(self.data, *map(_unwrap, args),
                                         **kwargs))
    else:
        def delegate(self, *args, **kwargs):
            return method(self.data, *map(_unwrap, args), **kwargs)
    delegate.__name__ = name
    delegate.__qualname__ = 'UserString.' + name
    return delegate


for _name in ('capitalize', 'casefold', 'center', 'expandtabs', 'ljust',
              'lower', 'lstrip', 'replace', 'rjust', 'rstrip', 'strip',
              'swapcase', 'title', 'translate', 'upper', 'zfill',
              'removeprefix', 'removesuffix'):
    setattr(UserString, _name, _user_string_method(_name, True))
for _name in ('count', 'encode', 'endswith', 'find', 'index', 'isalpha',
              'isalnum', 'isascii', 'isdecimal', 'isdigit', 'isidentifier',
              'islower', 'isnumeric', 'isprintable', 'isspace', 'istitle',
              'isupper', 'maketrans', 'partition', 'rfind', 'rindex',
              'rpartition', 'rsplit', 'split', 'splitlines', 'startswith'):
    setattr(UserString, _name, _user_string_method(_name, False))
del _name

"""Typed arrays of numbers (the common parts of the array module)."""

_RANGES = {
    'b': (-2**7, 2**7 - 1, 1), 'B': (0, 2**8 - 1, 1),
    'h': (-2**15, 2**15 - 1, 2), 'H': (0, 2**16 - 1, 2),
    'i': (-2**31, 2**31 - 1, 4), 'I': (0, 2**32 - 1, 4),
    'l': (-2**63, 2**63 - 1, 8), 'L': (0, 2**64 - 1, 8),
    'q': (-2**63, 2**63 - 1, 8), 'Q': (0, 2**64 - 1, 8),
}
_FLOATS = {'f': 4, 'd': 8}
typecodes = 'bBuhHiIlLqQfd'


class array:
    """array(typecode[, initializer]): a list restricted to one item type."""

    def __init__(self, typecode, initializer=()):
        if not isinstance(typecode, str) or len(typecode) != 1 or typecode not in typecodes:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
        self._tc = typecode
        self._items = []
        if isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError(f"cannot use a str to initialize an array with typecode '{typecode}'")
            self._items = list(initializer)
        else:
            self.extend(initializer)

    @property
    def typecode(self):
        return self._tc

    @property
    def itemsize(self):
        if self._tc in _FLOATS:
            return _FLOATS[self._tc]
        if self._tc == 'u':
            return 4
        return _RANGES[self._tc][2]

    def _check(self, v):
        tc = self._tc
        if tc in _FLOATS:
            if not isinstance(v, (int, float)):
                raise TypeError(f'must be real number, not {type(v).__name__}')
            return float(v)
        if tc == 'u':
            if not isinstance(v, str) or len(v) != 1:
                raise TypeError(f'array item must be unicode character, not {type(v).__name__}')
            return v
        if not isinstance(v, int):
            raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer")
        lo, hi, _ = _RANGES[tc]
        if v < lo:
            if tc.isupper():
                raise OverflowError(f'unsigned {_NAMES[tc]} is less than minimum')
            raise OverflowError(f'signed {_NAMES[tc]} is less than minimum')
        if v > hi:
            if tc.isupper():
                raise OverflowError(f'unsigned {_NAMES[tc]} is greater than maximum')
            raise OverflowError(f'signed {_NAMES[tc]} is greater than maximum')
        return v

    def append(self, v):
        self._items.append(self._check(v))

    def extend(self, iterable):
        if isinstance(iterable, array) and iterable._tc != self._tc:
            raise TypeError('can only extend with array of same kind')
        for v in iterable:
            self.append(v)

    def insert(self, i, v):
        self._items.insert(i, self._check(v))

    def pop(self, i=-1):
        if not self._items:
            raise IndexError('pop from empty array')
        return self._items.pop(i)

    def remove(self, v):
        try:
            self._items.remove(v)
        except ValueError:
            raise ValueError('array.remove(x): x not in array') from None

    def index(self, v, *args):
        try:
            return self._items.index(v, *args)
        except ValueError:
            raise ValueError('array.index(x): x not in array') from None

    def count(self, v):
        return self._items.count(v)

    def reverse(self):
        self._items.reverse()

    def tolist(self):
        return list(self._items)

    def fromlist(self, items):
        if not isinstance(items, list):
            raise TypeError('arg must be list')
        self.extend(items)

    def buffer_info(self):
        return (id(self), len(self._items))

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return array(self._tc, self._items[i])
        try:
            return self._items[i]
        except IndexError:
            raise IndexError('array index out of range') from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array) or v._tc != self._tc:
                raise TypeError(f'can only assign array (not "{type(v).__name__}") to array slice')
            self._items[i] = v._items
            return
        try:
            self._items[i] = self._check(v)
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __delitem__(self, i):
        del self._items[i]

    def __contains__(self, v):
        return v in self._items

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items == other._items

    def __lt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items < other._items

    def __add__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        if other._tc != self._tc:
            raise TypeError('bad argument type for built-in operation')
        return array(self._tc, self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        self.extend(other)
        return self

    def __mul__(self, n):
        return array(self._tc, self._items * n)

    __rmul__ = __mul__

    def __repr__(self):
        if not self._items:
            return f"array('{self._tc}')"
        if self._tc == 'u':
            return f"array('u', {''.join(self._items)!r})"
        return f"array('{self._tc}', {self._items!r})"

    def __copy__(self):
        return array(self._tc, self._items)

    def __deepcopy__(self, memo):
        return array(self._tc, self._items)


_NAMES = {'b': 'char', 'B': 'char', 'h': 'short integer', 'H': 'short integer',
          'i': 'integer', 'I': 'integer', 'l': 'long integer', 'L': 'long integer',
          'q': 'long long integer', 'Q': 'long long integer'}

ArrayType = array

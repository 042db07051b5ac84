"""The itertools module (Taipan's own implementation).

Iterator building blocks.  Every function of CPython 3.11's itertools is a
class here, so type names, isinstance checks and the reprs of count() and
repeat() match CPython.
"""

__all__ = ['accumulate', 'chain', 'combinations',
           'combinations_with_replacement', 'compress', 'count', 'cycle',
           'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise',
           'permutations', 'product', 'repeat', 'starmap', 'takewhile',
           'tee', 'zip_longest']

_MAXSIZE = 9223372036854775807
_marker = object()


class _GenIter:
    """Base for the iterators whose state lives in a generator (_gen)."""

    __slots__ = ('_gen',)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)

    def __class_getitem__(cls, item):
        return cls


def _is_number(x):
    if isinstance(x, (int, float, complex)):
        return True
    t = type(x)
    return (hasattr(t, '__index__') or hasattr(t, '__float__')
            or hasattr(t, '__int__'))


class count:
    """start, start+step, start+2*step, ... without end."""

    __slots__ = ('_cnt', '_step')

    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        self._cnt = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._cnt
        self._cnt = value + self._step
        return value

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return '%s(%r)' % (type(self).__name__, self._cnt)
        return '%s(%r, %r)' % (type(self).__name__, self._cnt, step)

    def __reduce__(self):
        if type(self._step) is int and self._step == 1:
            return (type(self), (self._cnt,))
        return (type(self), (self._cnt, self._step))


class cycle(_GenIter):
    """The items of iterable, then the same items again, forever."""

    __slots__ = ()

    def __init__(self, iterable, /):
        self._gen = self._run(iter(iterable))

    @staticmethod
    def _run(it):
        saved = []
        for element in it:
            yield element
            saved.append(element)
        if not saved:
            return
        while True:
            for element in saved:
                yield element


class repeat:
    """object, times times (forever when times is None)."""

    __slots__ = ('_obj', '_cnt')

    def __init__(self, object, times=None):
        self._obj = object
        if times is None:
            self._cnt = -1
        else:
            if not isinstance(times, int):
                if not hasattr(type(times), '__index__'):
                    raise TypeError("'%s' object cannot be interpreted as an "
                                    "integer" % type(times).__name__)
                times = type(times).__index__(times)
            self._cnt = times if times > 0 else 0

    def __iter__(self):
        return self

    def __next__(self):
        cnt = self._cnt
        if cnt == 0:
            raise StopIteration
        if cnt > 0:
            self._cnt = cnt - 1
        return self._obj

    def __length_hint__(self):
        if self._cnt < 0:
            raise TypeError('len() of unsized object')
        return self._cnt

    def __repr__(self):
        if self._cnt < 0:
            return '%s(%r)' % (type(self).__name__, self._obj)
        return '%s(%r, %d)' % (type(self).__name__, self._obj, self._cnt)

    def __reduce__(self):
        if self._cnt < 0:
            return (type(self), (self._obj,))
        return (type(self), (self._obj, self._cnt))


class accumulate(_GenIter):
    """Running totals of iterable (or running func(total, item)),
    starting with initial when given."""

    __slots__ = ()

    def __init__(self, iterable, func=None, *, initial=None):
        self._gen = self._run(iter(iterable), func, initial)

    @staticmethod
    def _run(it, func, initial):
        total = initial
        if initial is None:
            for total in it:
                break
            else:
                return
        yield total
        if func is None:
            for element in it:
                total = total + element
                yield total
        else:
            for element in it:
                total = func(total, element)
                yield total


class chain(_GenIter):
    """The items of each iterable in turn."""

    __slots__ = ()

    def __init__(self, *iterables):
        self._gen = self._run(iter(iterables))

    @staticmethod
    def _run(iterables):
        for it in iterables:
            yield from it

    @classmethod
    def from_iterable(cls, iterable, /):
        """chain(*iterable), reading the iterable lazily."""
        self = cls.__new__(cls)
        self._gen = cls._run(iter(iterable))
        return self


class compress(_GenIter):
    """The items of data whose matching selector is true."""

    __slots__ = ()

    def __init__(self, data, selectors):
        self._gen = self._run(iter(data), iter(selectors))

    @staticmethod
    def _run(data, selectors):
        for d, s in zip(data, selectors):
            if s:
                yield d


class dropwhile(_GenIter):
    """The items of iterable from the first one for which predicate
    is false onwards."""

    __slots__ = ()

    def __init__(self, predicate, iterable, /):
        self._gen = self._run(predicate, iter(iterable))

    @staticmethod
    def _run(predicate, it):
        for x in it:
            if not predicate(x):
                yield x
                break
        yield from it


class takewhile(_GenIter):
    """The items of iterable up to (not including) the first one for
    which predicate is false."""

    __slots__ = ()

    def __init__(self, predicate, iterable, /):
        self._gen = self._run(predicate, iter(iterable))

    @staticmethod
    def _run(predicate, it):
        for x in it:
            if predicate(x):
                yield x
            else:
                break


class filterfalse(_GenIter):
    """The items of iterable for which function(item) is false (the
    false items when function is None)."""

    __slots__ = ()

    def __init__(self, function, iterable, /):
        self._gen = self._run(function, iter(iterable))

    @staticmethod
    def _run(function, it):
        if function is None:
            for x in it:
                if not x:
                    yield x
        else:
            for x in it:
                if not function(x):
                    yield x


class groupby:
    """(key, group) pairs for the runs of consecutive items of iterable
    with equal key(item); a group is only valid until the next pair."""

    __slots__ = ('_it', '_keyfunc', '_tgtkey', '_currkey', '_currvalue',
                 '_currgrouper')

    def __init__(self, iterable, key=None):
        self._keyfunc = key
        self._it = iter(iterable)
        self._tgtkey = _marker
        self._currkey = _marker
        self._currvalue = _marker
        self._currgrouper = None

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        if self._keyfunc is None:
            key = value
        else:
            key = self._keyfunc(value)
        self._currvalue = value
        self._currkey = key

    def __next__(self):
        self._currgrouper = None
        # Skip the rest of the current group.
        while True:
            if self._currkey is _marker:
                pass
            elif self._tgtkey is _marker:
                break
            elif not (self._tgtkey == self._currkey):
                break
            self._step()
        self._tgtkey = self._currkey
        grouper = _grouper(self, self._tgtkey)
        self._currgrouper = grouper
        return (self._currkey, grouper)

    def __class_getitem__(cls, item):
        return cls


class _grouper:
    """The iterator over one group of a groupby object."""

    __slots__ = ('_parent', '_tgtkey')

    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        gb = self._parent
        if gb._currgrouper is not self:
            raise StopIteration
        if gb._currvalue is _marker:
            gb._step()
        if not (self._tgtkey == gb._currkey):
            raise StopIteration
        value = gb._currvalue
        gb._currvalue = _marker
        return value



# islice is native (_itertools): it sits on every item between a consumer
# and its source.
from _itertools import islice


class pairwise(_GenIter):
    """(s0, s1), (s1, s2), ... from the items of iterable."""

    __slots__ = ()

    def __init__(self, iterable, /):
        self._gen = self._run(iter(iterable))

    @staticmethod
    def _run(it):
        for a in it:
            break
        else:
            return
        for b in it:
            yield (a, b)
            a = b


class starmap(_GenIter):
    """function(*args) for each args tuple of iterable."""

    __slots__ = ()

    def __init__(self, function, iterable, /):
        self._gen = self._run(function, iter(iterable))

    @staticmethod
    def _run(function, it):
        for args in it:
            yield function(*args)


class _tee:
    """One of the iterators tee() returns; they share a buffer of the
    items not yet seen by all of them."""

    __slots__ = ('_it', '_link', '__weakref__')

    def __init__(self, iterable):
        if isinstance(iterable, _tee):
            self._it = iterable._it
            self._link = iterable._link
        else:
            self._it = iter(iterable)
            # A link is [value, next link]; the last link is [None, None].
            self._link = [None, None]

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link[1] is None:
            link[0] = next(self._it)
            link[1] = [None, None]
        value, self._link = link
        return value

    def __copy__(self):
        return _tee(self)


def tee(iterable, n=2, /):
    """n independent iterators over the items of iterable."""
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(n).__name__)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    copy = getattr(it, '__copy__', None)
    if copy is None:
        it = _tee(it)
        copy = it.__copy__
    return (it,) + tuple(copy() for _ in range(n - 1))


class zip_longest(_GenIter):
    """Tuples of the i-th items of each iterable, until the longest
    is exhausted; the missing items are fillvalue."""

    __slots__ = ()

    def __init__(self, *args, fillvalue=None):
        self._gen = self._run([iter(a) for a in args], fillvalue)

    @staticmethod
    def _run(iterators, fillvalue):
        active = len(iterators)
        if not active:
            return
        while True:
            values = []
            for i, it in enumerate(iterators):
                if it is None:
                    values.append(fillvalue)
                    continue
                try:
                    value = next(it)
                except StopIteration:
                    active -= 1
                    if not active:
                        return
                    iterators[i] = None
                    value = fillvalue
                values.append(value)
            yield tuple(values)


class product(_GenIter):
    """Cartesian product of the iterables (like nested for loops); with
    repeat=n the iterables are used n times."""

    __slots__ = ()

    def __init__(self, *args, repeat=1):
        if not isinstance(repeat, int):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(repeat).__name__)
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(pool) for pool in args] * repeat
        self._gen = self._run(pools)

    @staticmethod
    def _run(pools):
        n = len(pools)
        for pool in pools:
            if not pool:
                return
        indices = [0] * n
        result = [pool[0] for pool in pools]
        yield tuple(result)
        while True:
            i = n - 1
            while i >= 0:
                pool = pools[i]
                j = indices[i] + 1
                if j < len(pool):
                    indices[i] = j
                    result[i] = pool[j]
                    break
                indices[i] = 0
                result[i] = pool[0]
                i -= 1
            else:
                return
            yield tuple(result)


def _check_r(r):
    if not isinstance(r, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(r).__name__)
    if r < 0:
        raise ValueError('r must be non-negative')


class permutations(_GenIter):
    """The r-length orderings of the items of iterable (all of
    them when r is None), in lexicographic order of positions."""

    __slots__ = ()

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        if r is None:
            r = len(pool)
        else:
            _check_r(r)
        self._gen = self._run(pool, r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(n))
        cycles = list(range(n, n - r, -1))
        yield tuple([pool[i] for i in indices[:r]])
        while n:
            i = r - 1
            while i >= 0:
                cycles[i] -= 1
                if cycles[i] == 0:
                    # Rotate indices[i:] left by one.
                    moved = indices[i]
                    del indices[i]
                    indices.append(moved)
                    cycles[i] = n - i
                else:
                    j = n - cycles[i]
                    indices[i], indices[j] = indices[j], indices[i]
                    yield tuple([pool[k] for k in indices[:r]])
                    break
                i -= 1
            else:
                return


class combinations(_GenIter):
    """The r-length subsequences of the items of iterable, in
    lexicographic order of positions."""

    __slots__ = ()

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        _check_r(r)
        self._gen = self._run(pool, r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(r))
        yield tuple([pool[i] for i in indices])
        while True:
            # The rightmost index that can still move right.
            i = r - 1
            while i >= 0 and indices[i] == i + n - r:
                i -= 1
            if i < 0:
                return
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
            yield tuple([pool[k] for k in indices])


class combinations_with_replacement(_GenIter):
    """The r-length subsequences of the items of iterable where
    an item may repeat, in lexicographic order of positions."""

    __slots__ = ()

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        _check_r(r)
        self._gen = self._run(pool, r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if not n and r:
            return
        indices = [0] * r
        yield tuple([pool[i] for i in indices])
        while True:
            i = r - 1
            while i >= 0 and indices[i] == n - 1:
                i -= 1
            if i < 0:
                return
            v = indices[i] + 1
            for j in range(i, r):
                indices[j] = v
            yield tuple([pool[k] for k in indices])

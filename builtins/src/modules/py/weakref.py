"""The weakref module (Taipan's own implementation).

Taipan frees objects by reference counting but has no weak reference
support in the object layer yet, so the references here are STRONG: a
ref() keeps its referent alive and always returns it, callbacks never
run, WeakValueDictionary / WeakKeyDictionary / WeakSet behave like a
plain dict / set, and finalize() only runs when called explicitly.  The
interfaces and error messages follow CPython, so code written for real
weak references runs unchanged (it merely keeps objects longer).
"""

from collections.abc import Mapping as _Mapping
from collections.abc import MutableMapping as _MutableMapping
from collections.abc import MutableSet as _MutableSet

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]

# Instances of these built-in types cannot be weakly referenced in CPython.
_NOT_WEAKREFABLE = (int, float, complex, str, bytes, bytearray, tuple, list,
                    dict, bool, type(None), type(Ellipsis),
                    type(NotImplemented), range, slice)


def _check_referent(ob):
    t = type(ob)
    # Subclasses of the variable-sized int, bytes and tuple cannot have a
    # weak reference slot either.
    if t in _NOT_WEAKREFABLE or isinstance(ob, (int, bytes, tuple)):
        raise TypeError("cannot create weak reference to '%s' object"
                        % t.__name__)


class ref:
    """A reference to an object (strong in Taipan: see the module
    documentation)."""

    __slots__ = ('_ob', '_callback', '__weakref__')

    def __new__(cls, ob, callback=None, /):
        _check_referent(ob)
        self = object.__new__(cls)
        self._ob = ob
        self._callback = callback
        return self

    def __init__(self, ob, callback=None, /):
        pass

    def __call__(self):
        return self._ob

    @property
    def __callback__(self):
        return self._callback

    def __hash__(self):
        return hash(self._ob)

    def __eq__(self, other):
        if not isinstance(other, ref):
            return NotImplemented
        return self._ob == other._ob

    def __ne__(self, other):
        if not isinstance(other, ref):
            return NotImplemented
        return self._ob != other._ob

    def __repr__(self):
        ob = self._ob
        name = getattr(ob, '__name__', None)
        if isinstance(name, str):
            return "<weakref at %#x; to '%s' at %#x (%s)>" % (
                id(self), type(ob).__name__, id(ob), name)
        return "<weakref at %#x; to '%s' at %#x>" % (
            id(self), type(ob).__name__, id(ob))

    def __class_getitem__(cls, item):
        return cls


ReferenceType = ref


class WeakMethod(ref):
    """A reference to a bound method that re-creates the method when
    called."""

    __slots__ = ('_func_ref', '_meth_type')

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None
        self = ref.__new__(cls, obj, callback)
        self._func_ref = func
        self._meth_type = type(meth)
        return self

    def __call__(self):
        obj = self._ob
        func = self._func_ref
        if obj is None or func is None:
            return None
        return func.__get__(obj, type(obj))

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            return self._ob is other._ob and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            return not self == other
        return NotImplemented

    __hash__ = ref.__hash__


class ProxyType:
    """A proxy forwarding attribute access and operators to its referent
    (strong in Taipan)."""

    __slots__ = ('_ob', '_callback')

    def __init__(self, ob, callback=None):
        _check_referent(ob)
        object.__setattr__(self, '_ob', ob)
        object.__setattr__(self, '_callback', callback)

    def __getattr__(self, name):
        return getattr(object.__getattribute__(self, '_ob'), name)

    def __setattr__(self, name, value):
        setattr(object.__getattribute__(self, '_ob'), name, value)

    def __delattr__(self, name):
        delattr(object.__getattribute__(self, '_ob'), name)

    def __repr__(self):
        ob = object.__getattribute__(self, '_ob')
        return "<weakproxy at %#x; to '%s' at %#x>" % (
            id(self), type(ob).__name__, id(ob))

    def __str__(self):
        return str(object.__getattribute__(self, '_ob'))

    def __bool__(self):
        return bool(object.__getattribute__(self, '_ob'))

    def __len__(self):
        return len(object.__getattribute__(self, '_ob'))

    def __iter__(self):
        return iter(object.__getattribute__(self, '_ob'))

    def __getitem__(self, key):
        return object.__getattribute__(self, '_ob')[key]

    def __setitem__(self, key, value):
        object.__getattribute__(self, '_ob')[key] = value

    def __delitem__(self, key):
        del object.__getattribute__(self, '_ob')[key]

    def __contains__(self, item):
        return item in object.__getattribute__(self, '_ob')

    def __eq__(self, other):
        if isinstance(other, ProxyType):
            other = object.__getattribute__(other, '_ob')
        return object.__getattribute__(self, '_ob') == other

    def __hash__(self):
        raise TypeError("unhashable type: 'weakproxy'")


class CallableProxyType(ProxyType):
    """A proxy for a callable referent."""

    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return object.__getattribute__(self, '_ob')(*args, **kwargs)


ProxyTypes = (ProxyType, CallableProxyType)


def proxy(object, callback=None, /):
    """An object forwarding attribute access and operators to object."""
    if callable(object):
        return CallableProxyType(object, callback)
    return ProxyType(object, callback)


def getweakrefcount(object, /):
    """Count of weak references to object: always 0 here, Taipan's
    references being strong."""
    return 0


def getweakrefs(object, /):
    """The weak references to object: always empty here."""
    return []


class WeakValueDictionary(_MutableMapping):
    """A mapping whose values are held weakly in CPython (strongly in
    Taipan)."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self.update(other, **kw)

    def __getitem__(self, key):
        return self.data[key]

    def __delitem__(self, key):
        del self.data[key]

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        _check_referent(value)
        self.data[key] = value

    def __iter__(self):
        return iter(list(self.data))

    def copy(self):
        new = WeakValueDictionary()
        new.data.update(self.data)
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        for key, value in self.data.items():
            new[deepcopy(key, memo)] = value
        return new

    def get(self, key, default=None):
        return self.data.get(key, default)

    def items(self):
        return list(self.data.items())

    def keys(self):
        return list(self.data)

    def values(self):
        return list(self.data.values())

    def itervaluerefs(self):
        """Iterate over ref() objects for the values."""
        for value in list(self.data.values()):
            yield ref(value)

    def valuerefs(self):
        """ref() objects for the values, as a list."""
        return [ref(value) for value in self.data.values()]

    def popitem(self):
        return self.data.popitem()

    def pop(self, key, *args):
        return self.data.pop(key, *args)

    def setdefault(self, key, default=None):
        if key not in self.data:
            self[key] = default
        return self.data[key]

    def update(self, other=None, /, **kwargs):
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            for key, value in other.items():
                self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def __or__(self, other):
        if isinstance(other, _Mapping):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


class WeakKeyDictionary(_MutableMapping):
    """A mapping whose keys are held weakly in CPython (strongly in
    Taipan)."""

    def __init__(self, dict=None):
        self.data = {}
        if dict is not None:
            self.update(dict)

    def __delitem__(self, key):
        del self.data[key]

    def __getitem__(self, key):
        return self.data[key]

    def __len__(self):
        return len(self.data)

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        _check_referent(key)
        self.data[key] = value

    def copy(self):
        new = WeakKeyDictionary()
        new.data.update(self.data)
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        for key, value in self.data.items():
            new[key] = deepcopy(value, memo)
        return new

    def get(self, key, default=None):
        return self.data.get(key, default)

    def __contains__(self, key):
        try:
            return key in self.data
        except TypeError:
            return False

    def items(self):
        return list(self.data.items())

    def keys(self):
        return list(self.data)

    def __iter__(self):
        return iter(list(self.data))

    def values(self):
        return list(self.data.values())

    def keyrefs(self):
        """ref() objects for the keys, as a list."""
        return [ref(key) for key in self.data]

    def popitem(self):
        return self.data.popitem()

    def pop(self, key, *args):
        return self.data.pop(key, *args)

    def setdefault(self, key, default=None):
        if key not in self.data:
            self[key] = default
        return self.data[key]

    def update(self, dict=None, /, **kwargs):
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            for key, value in dict.items():
                self[key] = value
        if kwargs:
            self.update(kwargs)

    def __ior__(self, other):
        self.update(other)
        return self


class WeakSet(_MutableSet):
    """A set of objects referenced weakly (strongly in Taipan)."""

    def __init__(self, data=None):
        self.data = {}
        if data is not None:
            self.update(data)

    def __iter__(self):
        return iter(list(self.data))

    def __len__(self):
        return len(self.data)

    def __contains__(self, item):
        try:
            return item in self.data
        except TypeError:
            return False

    def __reduce__(self):
        return (self.__class__, (list(self),), getattr(self, '__dict__', None))

    def add(self, item):
        _check_referent(item)
        self.data[item] = None

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        if not self.data:
            raise KeyError('pop from empty WeakSet')
        item = next(iter(self.data))
        del self.data[item]
        return item

    def remove(self, item):
        del self.data[item]

    def discard(self, item):
        self.data.pop(item, None)

    def update(self, other):
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        newset = self.copy()
        newset.difference_update(other)
        return newset

    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        if self is other:
            self.data.clear()
        else:
            for item in other:
                self.discard(item)
        return self

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)

    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        keep = [item for item in other if item in self]
        self.data = dict.fromkeys(keep)
        return self

    def issubset(self, other):
        return all(item in other for item in self)

    __le__ = issubset

    def __lt__(self, other):
        return len(self) < len(other) and self.issubset(other)

    def issuperset(self, other):
        return all(item in self for item in other)

    __ge__ = issuperset

    def __gt__(self, other):
        return len(self) > len(other) and self.issuperset(other)

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data.keys() == other.data.keys()

    def symmetric_difference(self, other):
        newset = self.copy()
        newset.symmetric_difference_update(other)
        return newset

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        if self is other:
            self.data.clear()
        else:
            for item in other:
                if item in self.data:
                    del self.data[item]
                else:
                    self.add(item)
        return self

    def union(self, other):
        return self.__class__(e for s in (self, other) for e in s)

    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0

    def __repr__(self):
        return repr(set(self.data))

    __hash__ = None


class finalize:
    """A callback tied to an object's lifetime.

    finalize(obj, func, *args, **kwargs) registers func(*args, **kwargs) to
    run when obj goes away.  Taipan keeps obj alive (strong references), so
    the callback only runs when the finalizer is called explicitly."""

    __slots__ = ('_info', '__weakref__')

    _registry_index = [0]

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    def __init__(self, obj, func, /, *args, **kwargs):
        info = self._Info()
        info.weakref = ref(obj)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        self._registry_index[0] += 1
        info.index = self._registry_index[0]
        self._info = info

    def __call__(self, _=None):
        """Run the callback once (later calls return None)."""
        info = self._info
        if info is not None:
            self._info = None
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        """Disable the finalizer; return (obj, func, args, kwargs) the first
        time, None afterwards."""
        info = self._info
        if info is not None:
            obj = info.weakref()
            self._info = None
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        """(obj, func, args, kwargs) while alive, else None."""
        info = self._info
        if info is not None:
            obj = info.weakref()
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        """True until the finalizer has run or been detached."""
        return self._info is not None

    @property
    def atexit(self):
        """Whether the finalizer is meant to run at interpreter exit."""
        info = self._info
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._info
        if info is not None:
            info.atexit = bool(value)

    def __repr__(self):
        info = self._info
        obj = info and info.weakref()
        if obj is None:
            return '<%s object at %#x; dead>' % (type(self).__name__, id(self))
        return '<%s object at %#x; for %r at %#x>' % (
            type(self).__name__, id(self), type(obj).__name__, id(obj))

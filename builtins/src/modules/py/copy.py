"""The copy module (Taipan's own implementation).

Shallow and deep copy operations: copy(x) and deepcopy(x, memo).  Classes
control copying with __copy__ / __deepcopy__, __reduce_ex__ / __reduce__,
__getnewargs__ / __getnewargs_ex__ and __getstate__ / __setstate__.  Plain
classes are copied by creating the object with cls.__new__(cls) and
copying its __dict__ and slots.
"""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error   # the old name


def _f():
    pass


_FunctionType = type(_f)
_CodeType = type(_f.__code__)
_BuiltinFunctionType = type(len)
_MethodType = type(Error().__str__)
del _f

_object_reduce_ex = object.__reduce_ex__
_object_reduce = getattr(object, '__reduce__', None)
_object_getstate = getattr(object, '__getstate__', None)


# Shallow copy

def copy(x):
    """A shallow copy of x: a new container holding the same items."""
    cls = type(x)
    copier = _copy_dispatch.get(cls)
    if copier is not None:
        return copier(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls, "un(shallow)copyable object of type %s")
    if rv is None:
        return _default_copy(x, cls, None)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def _copy_immutable(x):
    return x


_copy_dispatch = d = {}
for t in (type(None), int, float, bool, complex, str, tuple, bytes,
          frozenset, type, range, slice, property, _BuiltinFunctionType,
          type(Ellipsis), type(NotImplemented), _FunctionType, _CodeType):
    d[t] = _copy_immutable
d[list] = list.copy
d[dict] = dict.copy
d[set] = set.copy
d[bytearray] = bytearray.copy
del d, t


# Deep copy

def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x: the items are copied recursively.  memo maps
    id(original) to copy, so shared and recursive structures stay so."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x, cls, "un(deep)copyable object of type %s")
            if rv is None:
                y = _default_copy(x, cls, memo)
            elif isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    # Objects that are their own copy need no memo entry.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_atomic(x, memo):
    return x


_deepcopy_dispatch = d = {}
for t in (type(None), type(Ellipsis), type(NotImplemented), int, float,
          bool, complex, bytes, str, _CodeType, type, range,
          _BuiltinFunctionType, _FunctionType, property):
    d[t] = _deepcopy_atomic


def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


d[list] = _deepcopy_list


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]
    # A tuple that contains itself (through a list) was copied while its
    # items were: reuse that copy.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            y = tuple(y)
            break
    else:
        y = x
    return y


d[tuple] = _deepcopy_tuple


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


d[dict] = _deepcopy_dict


def _deepcopy_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


d[_MethodType] = _deepcopy_method
del d, t


def _keep_alive(x, memo):
    """Keeps a reference to the object x in the memo, so its id stays
    unique while the memo is in use."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


# Reduction

def _reduce(x, cls, message):
    """The reduce value of x, or None when x has no custom reduction and
    the default (new object + state) copy applies."""
    reductor = getattr(cls, "__reduce_ex__", None)
    if reductor is not None and reductor is not _object_reduce_ex:
        return reductor(x, 4)
    reductor = getattr(cls, "__reduce__", None)
    if reductor is not None and reductor is not _object_reduce:
        return reductor(x)
    if reductor is None and getattr(cls, "__reduce_ex__", None) is None:
        raise Error(message % cls)
    return None


# Built-in bases whose instances carry their value in the object itself:
# a subclass instance is recreated from a plain base-type copy of it.
_value_bases = (int, float, complex, str, bytes, tuple, frozenset)


def _default_copy(x, cls, memo):
    """Copy a plain object like object.__reduce_ex__(4) would: create it
    with cls.__new__, then copy its state (and list/dict/set items)."""
    deep = memo is not None
    args = ()
    kwargs = None
    getnewargs_ex = getattr(x, '__getnewargs_ex__', None)
    if getnewargs_ex is not None:
        args, kwargs = getnewargs_ex()
    else:
        getnewargs = getattr(x, '__getnewargs__', None)
        if getnewargs is not None:
            args = getnewargs()
        else:
            for base in _value_bases:
                if isinstance(x, base):
                    args = (base(x),)
                    break
    if deep:
        args = deepcopy(args, memo)
        if kwargs:
            kwargs = deepcopy(kwargs, memo)
    if kwargs:
        y = cls.__new__(cls, *args, **kwargs)
    else:
        y = cls.__new__(cls, *args)
    if deep:
        memo[id(x)] = y

    state = _get_state(x, cls)
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)

    if isinstance(x, list):
        if deep:
            for item in x:
                list.append(y, deepcopy(item, memo))
        else:
            list.extend(y, x)
    elif isinstance(x, dict):
        if deep:
            for key, value in x.items():
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in x.items():
                y[key] = value
    elif isinstance(x, (set, bytearray)):
        # These rebuild from their contents (set.__reduce__).
        items = list(x)
        if deep:
            items = deepcopy(items, memo)
        if isinstance(x, set):
            set.update(y, items)
        else:
            bytearray.extend(y, items)
    return y


_class_dict = type.__dict__['__dict__'].__get__


def _slot_names(cls):
    names = []
    for c in cls.__mro__:
        slots = _class_dict(c).get('__slots__')
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                stripped = c.__name__.lstrip('_')
                if stripped:
                    name = '_%s%s' % (stripped, name)
            names.append(name)
    return names


def _get_state(x, cls):
    getstate = getattr(cls, '__getstate__', None)
    if getstate is not None and getstate is not _object_getstate:
        return getstate(x)
    try:
        d = x.__dict__
    except AttributeError:
        d = None
    if d is not None and not isinstance(d, dict):
        d = None
    slots = {}
    for name in _slot_names(cls):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return (d or None, slots)
    return d or None


def _set_state(y, state):
    if hasattr(y, '__setstate__'):
        y.__setstate__(state)
        return
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    else:
        slotstate = None
    if state is not None:
        y.__dict__.update(state)
    if slotstate is not None:
        for key, value in slotstate.items():
            setattr(y, key, value)


def _reconstruct(x, memo, func, args,
                 state=None, listiter=None, dictiter=None,
                 *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)

    if listiter is not None:
        if deep:
            for item in listiter:
                item = deepcopy(item, memo)
                y.append(item)
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
                y[key] = value
        else:
            for key, value in dictiter:
                y[key] = value
    return y

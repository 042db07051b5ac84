"""The abc module (Taipan's own implementation).

Abstract Base Classes (PEP 3119): the ABCMeta metaclass with virtual
subclass registration, the ABC helper class and the abstractmethod family
of decorators.  The registry and caches hold strong references (CPython
uses weak sets).
"""

__all__ = ['ABCMeta', 'ABC', 'abstractmethod', 'abstractclassmethod',
           'abstractstaticmethod', 'abstractproperty', 'get_cache_token',
           'update_abstractmethods']


def abstractmethod(funcobj):
    """Mark funcobj as abstract: classes built by ABCMeta that do not
    override it cannot be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """Abstract classmethod (old spelling of classmethod +
    abstractmethod)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """Abstract staticmethod (old spelling of staticmethod +
    abstractmethod)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """Abstract property (old spelling of property + abstractmethod)."""

    __isabstractmethod__ = True


class _AbcData:
    """Per-class registry and caches of an ABC."""

    __slots__ = ('registry', 'cache', 'negative_cache',
                 'negative_cache_version')

    def __init__(self, version):
        self.registry = set()
        self.cache = set()
        self.negative_cache = set()
        self.negative_cache_version = version


# Bumped by every register() call, so negative caches can be invalidated.
_abc_invalidation_counter = [0]


def get_cache_token():
    """A value that changes whenever any ABC registers a class (so caches
    of isinstance results can tell when to invalidate)."""
    return _abc_invalidation_counter[0]


# The class namespace, read through type's own descriptor so a metaclass
# cannot shadow it.
_class_dict = type.__dict__['__dict__'].__get__


def _abc_data(cls):
    data = _class_dict(cls).get('_abc_impl')
    if data is None:
        raise TypeError('_abc_impl is set to a wrong type')
    return data


def _compute_abstracts(cls, namespace, bases):
    abstracts = {name for name, value in namespace.items()
                 if getattr(value, "__isabstractmethod__", False)}
    for base in bases:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if getattr(value, "__isabstractmethod__", False):
                abstracts.add(name)
    return frozenset(abstracts)


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs).

    ABCs can be subclassed directly, and can also be given "virtual
    subclasses" with register(); isinstance() and issubclass() recognise
    both, and a __subclasshook__ classmethod can customise the check."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls, namespace, bases)
        cls._abc_impl = _AbcData(_abc_invalidation_counter[0])
        return cls

    def register(cls, subclass):
        """Make subclass a virtual subclass of this ABC and return it (so
        register works as a class decorator)."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        # Checked second, so that X.register(X) is a harmless no-op.
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        _abc_data(cls).registry.add(subclass)
        _abc_invalidation_counter[0] += 1
        return subclass

    def __instancecheck__(cls, instance):
        """isinstance(instance, cls) for ABCs."""
        data = _abc_data(cls)
        subclass = instance.__class__
        if subclass in data.cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if (data.negative_cache_version == _abc_invalidation_counter[0]
                    and subclass in data.negative_cache):
                return False
            return cls.__subclasscheck__(subclass)
        return any(cls.__subclasscheck__(c) for c in (subclass, subtype))

    def __subclasscheck__(cls, subclass):
        """issubclass(subclass, cls) for ABCs: the cache, then
        __subclasshook__, then real and registered subclasses."""
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        data = _abc_data(cls)
        if subclass in data.cache:
            return True
        if data.negative_cache_version < _abc_invalidation_counter[0]:
            data.negative_cache = set()
            data.negative_cache_version = _abc_invalidation_counter[0]
        elif subclass in data.negative_cache:
            return False
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            if not isinstance(ok, bool):
                raise AssertionError(
                    "__subclasshook__ must return either False, True, "
                    "or NotImplemented")
            if ok:
                data.cache.add(subclass)
            else:
                data.negative_cache.add(subclass)
            return ok
        if cls in getattr(subclass, '__mro__', ()):
            data.cache.add(subclass)
            return True
        for rcls in list(data.registry):
            if issubclass(subclass, rcls):
                data.cache.add(subclass)
                return True
        for scls in type.__subclasses__(cls):
            if issubclass(subclass, scls):
                data.cache.add(subclass)
                return True
        data.negative_cache.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        """Print the registry and caches (debugging aid)."""
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        data = _abc_data(cls)
        for name, value in (('_abc_registry', data.registry),
                            ('_abc_cache', data.cache),
                            ('_abc_negative_cache', data.negative_cache),
                            ('_abc_negative_cache_version',
                             data.negative_cache_version)):
            print(f"{name}: {value!r}", file=file)

    def _abc_registry_clear(cls):
        """Forget every registered virtual subclass."""
        _abc_data(cls).registry.clear()

    def _abc_caches_clear(cls):
        """Forget the cached isinstance/issubclass answers."""
        data = _abc_data(cls)
        data.cache.clear()
        data.negative_cache.clear()


def update_abstractmethods(cls):
    """Recompute cls.__abstractmethods__, for classes whose methods were
    filled in after creation (e.g. by a class decorator)."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    abstracts = set()
    for scls in cls.__bases__:
        for name in getattr(scls, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if getattr(value, "__isabstractmethod__", False):
                abstracts.add(name)
    for name, value in _class_dict(cls).items():
        if getattr(value, "__isabstractmethod__", False):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


class ABC(metaclass=ABCMeta):
    """Inherit from ABC to make a class an abstract base class (its
    metaclass is ABCMeta)."""
    __slots__ = ()

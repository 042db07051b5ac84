"""The contextlib module (Taipan's own implementation).

Utilities for with-statement contexts: contextmanager, ContextDecorator,
closing, nullcontext, suppress, redirect_stdout/redirect_stderr, chdir and
ExitStack.  (The asynchronous variants need coroutines, which Taipan does
not support yet.)
"""

import abc
import sys
from functools import wraps

__all__ = ["contextmanager", "closing", "nullcontext",
           "AbstractContextManager", "ContextDecorator", "ExitStack",
           "redirect_stdout", "redirect_stderr", "suppress", "chdir"]


def _class_has(C, *methods):
    mro = C.__mro__
    for method in methods:
        for B in mro:
            ns = _class_dict(B)
            if method in ns:
                if ns[method] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


_class_dict = type.__dict__['__dict__'].__get__


class AbstractContextManager(abc.ABC):
    """ABC of objects usable in a with statement (__enter__ and
    __exit__)."""

    __class_getitem__ = classmethod(lambda cls, item: cls)

    def __enter__(self):
        """The default __enter__ returns the manager itself."""
        return self

    @abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        """Returning a false value lets the block's exception propagate."""
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractContextManager:
            return _class_has(C, "__enter__", "__exit__")
        return NotImplemented


class ContextDecorator(object):
    """Mixin letting a context manager decorate a function: each call of
    the function runs inside the manager."""

    def _recreate_cm(self):
        """The manager to use for one call of the decorated function.

        Reusable managers return themselves; one-shot managers (such as the
        generator-based ones) return a fresh copy."""
        return self

    def __call__(self, func):
        @wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return inner


class _GeneratorContextManagerBase:
    """State shared by generator-based context managers: the generator,
    and what is needed to start another one."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        # The manager documents itself with the function's docstring.
        doc = getattr(func, "__doc__", None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        # A generator runs once: every decorated call needs a new one.
        return self.__class__(self.func, self.args, self.kwds)


class _GeneratorContextManager(
    _GeneratorContextManagerBase,
    AbstractContextManager,
    ContextDecorator,
):
    """The context manager that @contextmanager functions return."""

    def __enter__(self):
        # The parameters are only needed to recreate the context manager
        # for a decorated function; drop them.
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            else:
                raise RuntimeError("generator didn't stop")
        else:
            if value is None:
                # An instance is needed to recognise the exception if the
                # generator lets it through.
                value = typ()
            try:
                self.gen.throw(typ, value, traceback)
            except StopIteration as exc:
                # The generator finished: the exception was handled,
                # unless it is the StopIteration we threw in.
                return exc is not value
            except RuntimeError as exc:
                # Our own exception came back: report "not handled" and
                # let the with statement re-raise it.
                if exc is value:
                    exc.__traceback__ = traceback
                    return False
                # A StopIteration raised inside the with block comes back
                # as a RuntimeError from the generator (PEP 479): unwrap it.
                if (
                    isinstance(value, StopIteration)
                    and exc.__cause__ is value
                ):
                    value.__traceback__ = traceback
                    return False
                raise
            except BaseException as exc:
                # A different exception replaces the original one; the
                # same one is left to the with statement to re-raise.
                if exc is not value:
                    raise
                exc.__traceback__ = traceback
                return False
            raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    """Decorator turning a generator function into a context manager
    factory: the code before the single yield runs on entry, the yielded
    value is bound by `as`, and the code after it runs on exit (an
    exception from the block is raised at the yield)."""
    @wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


class closing(AbstractContextManager):
    """Context manager calling thing.close() when the block ends."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class _RedirectStream(AbstractContextManager):

    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        # A stack of previous streams, so the manager can be nested.
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Context manager pointing sys.stdout at another file for the
    duration of the block."""

    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Context manager pointing sys.stderr at another file for the
    duration of the block."""

    _stream = "stderr"


class suppress(AbstractContextManager):
    """Context manager that swallows the given exception types: execution
    continues after the with statement."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        # Like except clauses, this matches on the real class hierarchy.
        return exctype is not None and issubclass(exctype, self._exceptions)


class _BaseExitStack:
    """The callback stack behind ExitStack."""

    @staticmethod
    def _create_exit_wrapper(cm, cm_exit):
        def _exit_wrapper(exc_type, exc, tb):
            return cm_exit(cm, exc_type, exc, tb)
        _exit_wrapper.__self__ = cm
        return _exit_wrapper

    @staticmethod
    def _create_cb_wrapper(callback, /, *args, **kwds):
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        return _exit_wrapper

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        """Move all callbacks to a new stack (of the same type) and return
        it; this stack is left empty."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def push(self, exit):
        """Add an exit callback taking (exc_type, exc, tb), which may
        suppress the exception by returning true; an object with an
        __exit__ method has that method pushed instead."""
        # Special methods are looked up on the type, as `with` does.
        _cb_type = type(exit)

        try:
            exit_method = _cb_type.__exit__
        except AttributeError:
            # A plain callable.
            self._push_exit_callback(exit)
        else:
            self._push_cm_exit(exit, exit_method)
        return exit  # so push() works as a decorator

    def enter_context(self, cm):
        """Enter cm, push its __exit__ and return what __enter__
        returned."""
        cls = type(cm)
        try:
            _enter = cls.__enter__
            _exit = cls.__exit__
        except AttributeError:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                            f"not support the context manager protocol") from None
        result = _enter(cm)
        self._push_cm_exit(cm, _exit)
        return result

    def callback(self, callback, /, *args, **kwds):
        """Push callback(*args, **kwds) to run on exit (its result is
        ignored, so it never suppresses an exception)."""
        _exit_wrapper = self._create_cb_wrapper(callback, *args, **kwds)

        # The wrapper's signature differs, so only __wrapped__ is copied.
        _exit_wrapper.__wrapped__ = callback
        self._push_exit_callback(_exit_wrapper)
        return callback  # so callback() works as a decorator

    def _push_cm_exit(self, cm, cm_exit):
        """Push a bound-like wrapper calling cm_exit(cm, ...)."""
        _exit_wrapper = self._create_exit_wrapper(cm, cm_exit)
        self._push_exit_callback(_exit_wrapper, True)

    def _push_exit_callback(self, callback, is_sync=True):
        self._exit_callbacks.append((is_sync, callback))


class ExitStack(_BaseExitStack, AbstractContextManager):
    """A context manager holding a stack of exit callbacks and context
    managers, unwound in reverse order when the block ends (as if the
    managers had been nested with statements)."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        received_exc = exc_details[0] is not None

        # Exceptions raised by callbacks are chained to the exception they
        # replace, the way nested with statements would chain them.
        frame_exc = sys.exc_info()[1]

        def _fix_exception_context(new_exc, old_exc):
            # Walk new_exc's context chain up to the exception that was
            # active around the whole stack and hook old_exc in there.
            while 1:
                exc_context = new_exc.__context__
                if exc_context is None or exc_context is old_exc:
                    # Nothing to fix.
                    return
                if exc_context is frame_exc:
                    break
                new_exc = exc_context
            new_exc.__context__ = old_exc

        # Last pushed, first called.
        suppressed_exc = False
        pending_raise = False
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                if cb(*exc_details):
                    suppressed_exc = True
                    pending_raise = False
                    exc_details = (None, None, None)
            except BaseException:
                new_exc_details = sys.exc_info()
                _fix_exception_context(new_exc_details[1], exc_details[1])
                pending_raise = True
                exc_details = new_exc_details
        if pending_raise:
            try:
                # Raising sets __context__ again: restore the fixed one.
                fixed_ctx = exc_details[1].__context__
                raise exc_details[1]
            except BaseException:
                exc_details[1].__context__ = fixed_ctx
                raise
        return received_exc and suppressed_exc

    def close(self):
        """Run all the callbacks now."""
        self.__exit__(None, None, None)


class nullcontext(AbstractContextManager):
    """A context manager that does nothing; `as` binds enter_result.
    Handy where a real manager is only sometimes needed."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass


class chdir(AbstractContextManager):
    """Context manager changing the working directory for the block
    (process-wide, so not thread-safe)."""

    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        import os
        self._old_cwd.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        import os
        os.chdir(self._old_cwd.pop())

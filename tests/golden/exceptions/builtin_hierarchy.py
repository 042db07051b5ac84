# The builtin exception hierarchy.
def chain(cls):
    return ' -> '.join(c.__name__ for c in cls.__mro__)
for cls in (ZeroDivisionError, OverflowError, FloatingPointError, KeyError, IndexError, ValueError,
            UnicodeDecodeError, UnicodeEncodeError, TypeError, NameError, UnboundLocalError, AttributeError,
            RecursionError, NotImplementedError, StopIteration, StopAsyncIteration, GeneratorExit,
            KeyboardInterrupt, SystemExit, AssertionError, ImportError, ModuleNotFoundError,
            FileNotFoundError, PermissionError, TimeoutError, ConnectionResetError, IndentationError,
            TabError, EOFError, MemoryError, BufferError, DeprecationWarning, UserWarning):
    print(chain(cls))
pairs = [(ZeroDivisionError, ArithmeticError), (KeyError, LookupError), (IndexError, LookupError),
         (LookupError, Exception), (Exception, BaseException), (SystemExit, Exception),
         (KeyboardInterrupt, Exception), (GeneratorExit, Exception), (RecursionError, RuntimeError),
         (UnboundLocalError, NameError), (ModuleNotFoundError, ImportError), (IOError, OSError),
         (EnvironmentError, OSError), (Warning, Exception), (BaseException, Exception),
         (bool, Exception), (SyntaxError, Exception), (UnicodeError, ValueError)]
for a, b in pairs:
    print(a.__name__, b.__name__, issubclass(a, b))
print(IOError is OSError, EnvironmentError is OSError, issubclass(TabError, SyntaxError))
print(sorted(c.__name__ for c in ArithmeticError.__subclasses__()))

"""A minimal importlib: import_module and reload over Taipan's import system."""

import sys


def _resolve_name(name, package, level):
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return f'{base}.{name}' if name else base


def import_module(name, package=None):
    """Import a module by name; a leading dot makes it relative to `package`."""
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a "
                            f"relative import for {name!r}")
        for character in name:
            if character != '.':
                break
            level += 1
        name = _resolve_name(name[level:], package, level)
    __import__(name)
    return sys.modules[name]


def reload(module):
    """Re-run a module's code in its existing namespace (source files only)."""
    name = module.__name__
    if sys.modules.get(name) is not module:
        raise ImportError(f'module {name} not in sys.modules')
    filename = getattr(module, '__file__', None)
    if not filename or filename.startswith('<'):
        return module
    with open(filename) as f:
        source = f.read()
    exec(compile(source, filename, 'exec'), module.__dict__)
    return module


def invalidate_caches():
    """Nothing is cached: always succeeds."""

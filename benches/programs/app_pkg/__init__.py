"""A small lending-library package used by the pkg_app workload.

Exercises relative imports: `from . import util`, `from .models import X`.
"""

from . import util
from .models import Book, Member, Library
from .util import slugify, checksum

__all__ = ['Book', 'Member', 'Library', 'slugify', 'checksum', 'util', 'VERSION']

VERSION = (1, 4, 2)
LOADED = []


def describe():
    return 'app_pkg %s with %s' % ('.'.join(map(str, VERSION)),
                                   ', '.join(sorted(n for n in __all__ if n[0].isupper())))

# Workload: a program split over a local package with relative imports.
#
# The package app_pkg (beside this file) has __init__.py, models.py and
# util.py; inside it modules import each other with `from . import util`
# and `from .models import Book`. This script imports it several ways and
# runs a lending-library simulation.

import app_pkg
from app_pkg import Book, Library, slugify
from app_pkg.models import LoanError, Student
from app_pkg import util as helpers
import app_pkg.models

WORDS = ['river', 'night', 'glass', 'orchard', 'engine', 'silent', 'copper', 'winter',
         'garden', 'shadow', 'harbour', 'letters', 'paper', 'moon', 'empire', 'salt']
AUTHORS = ['A. Marsh', 'B. Okafor', 'C. Lindqvist', 'D. Ruiz', 'E. Tanaka', 'F. Novak']


def main():
    print(app_pkg.describe())
    print(app_pkg.models.util is app_pkg.util is helpers, app_pkg.Book is app_pkg.models.Book)
    print(sorted(n for n in dir(app_pkg) if not n.startswith('_')))
    print(app_pkg.__name__, app_pkg.models.__name__, app_pkg.models.__package__,
          app_pkg.util.__package__)
    rng = helpers.Rng(99)
    lib = Library(2024)
    for i in range(900):
        title = 'The %s of %s %s' % (rng.pick(WORDS).title(), rng.pick(WORDS), rng.pick(WORDS))
        lib.add_book(Book(title, rng.pick(AUTHORS), 1900 + rng.below(120), 1 + rng.below(3)))
    for i in range(60):
        lib.join('member%02d' % i, student=(i % 4 == 0))
    lib.simulate(900, 200)
    print('books', len(lib.books), 'copies', sum(b.copies for b in lib.books.values()))
    print('errors', sorted(lib.errors.items()))
    for line in lib.report()[:8]:
        print(line)
    busiest = sorted(lib.books.values(), key=lambda b: (-b.loans, b.slug))[:5]
    for b in busiest:
        print(' ', b, b.author, b.loans)
    print('digest', lib.digest())
    print(slugify('  Hello, World -- Again!  '), helpers.checksum(['abc', 1, 2]))
    print(isinstance(lib.members[0], Student), Student.__mro__[1].__name__,
          Student.__module__)
    try:
        lib.members[1].give_back(busiest[0], 0)
    except LoanError as e:
        print('LoanError:', e)


main()

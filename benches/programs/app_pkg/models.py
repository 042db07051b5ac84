"""Domain objects of app_pkg, using the sibling module through relative imports."""

from . import util
from .util import slugify, Rng


class LoanError(Exception):
    pass


class Book:
    def __init__(self, title, author, year, copies=1):
        self.title = title
        self.author = author
        self.year = year
        self.copies = copies
        self.out = 0
        self.loans = 0
        self.slug = slugify(title + ' ' + str(year))

    def available(self):
        return self.copies - self.out

    def __repr__(self):
        return 'Book(%r, %d/%d)' % (self.slug, self.available(), self.copies)


class Member:
    limit = 3

    def __init__(self, name):
        self.name = name
        self.books = []
        self.history = []
        self.fines = 0

    def borrow(self, book, day):
        if len(self.books) >= self.limit:
            raise LoanError('%s has too many books' % self.name)
        if book.available() <= 0:
            raise LoanError('%s is not available' % book.slug)
        book.out += 1
        book.loans += 1
        self.books.append((book, day))
        self.history.append(book.slug)

    def give_back(self, book, day):
        for i, (b, start) in enumerate(self.books):
            if b is book:
                del self.books[i]
                book.out -= 1
                late = day - start - 14
                if late > 0:
                    self.fines += late * 10
                return late
        raise LoanError('%s does not have %s' % (self.name, book.slug))


class Student(Member):
    limit = 5


class Library:
    def __init__(self, seed):
        self.books = {}
        self.members = []
        self.rng = Rng(seed)
        self.errors = {}

    def add_book(self, book):
        if book.slug in self.books:
            self.books[book.slug].copies += book.copies
        else:
            self.books[book.slug] = book
        return self.books[book.slug]

    def join(self, name, student=False):
        m = (Student if student else Member)(name)
        self.members.append(m)
        return m

    def simulate(self, days, actions_per_day):
        rng = self.rng
        slugs = sorted(self.books)
        for day in range(days):
            for _ in range(actions_per_day):
                m = rng.pick(self.members)
                try:
                    if m.books and rng.below(2):
                        book, _ = m.books[rng.below(len(m.books))]
                        m.give_back(book, day)
                    else:
                        m.borrow(self.books[rng.pick(slugs)], day)
                except LoanError as e:
                    kind = 'limit' if 'too many' in str(e) else 'unavailable'
                    self.errors[kind] = self.errors.get(kind, 0) + 1

    def report(self):
        rows = []
        for m in self.members:
            rows.append((m.name, type(m).__name__, len(m.history), len(m.books), m.fines))
        return util.table(rows, (10, 8, 6, 4, 7))

    def digest(self):
        parts = []
        for slug in sorted(self.books):
            b = self.books[slug]
            parts.append(slug)
            parts.append(b.loans)
        for m in self.members:
            parts.extend(m.history)
        return util.checksum(parts)

"""Helpers for app_pkg: no imports from the rest of the package."""

ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789'


def slugify(text):
    out = []
    dash = False
    for ch in text.lower():
        if ch in ALPHABET:
            out.append(ch)
            dash = False
        elif not dash and out:
            out.append('-')
            dash = True
    return ''.join(out).strip('-')


def checksum(values, modulus=1000000007):
    h = 7
    for v in values:
        if isinstance(v, str):
            for ch in v:
                h = (h * 131 + ord(ch)) % modulus
        else:
            h = (h * 31 + v) % modulus
    return h


class Rng:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return (self.state >> 9) % n

    def pick(self, seq):
        return seq[self.below(len(seq))]


def table(rows, widths):
    lines = []
    for row in rows:
        cells = []
        for value, width in zip(row, widths):
            text = str(value)
            cells.append(text.rjust(width) if isinstance(value, int) else text.ljust(width))
        lines.append(' | '.join(cells).rstrip())
    return lines

# Workload: a constraint solver with many small objects.
#
# Sudoku as constraint propagation over Cell and Unit objects: each cell keeps
# a set of candidates; assigning a value eliminates it from the peers, and a
# unit with a single place for a value assigns it (hidden singles). Search
# picks the cell with the fewest candidates and undoes changes through a
# trail of small Change objects. Also solves N-queens with the same engine
# style (Queen objects with forward checking).

DIGITS = '123456789'


class Contradiction(Exception):
    pass


class Change:
    __slots__ = ('cell', 'value')

    def __init__(self, cell, value):
        self.cell = cell
        self.value = value


class Cell:
    def __init__(self, row, col):
        self.row = row
        self.col = col
        self.box = (row // 3) * 3 + col // 3
        self.cands = set(DIGITS)
        self.peers = []
        self.units = []

    def __repr__(self):
        return 'Cell(%d,%d:%s)' % (self.row, self.col, ''.join(sorted(self.cands)))

    @property
    def value(self):
        if len(self.cands) == 1:
            for v in self.cands:
                return v
        return None


class Unit:
    def __init__(self, name, cells):
        self.name = name
        self.cells = cells

    def places(self, digit):
        return [c for c in self.cells if digit in c.cands]


class Board:
    def __init__(self):
        self.cells = [Cell(r, c) for r in range(9) for c in range(9)]
        self.units = []
        for r in range(9):
            self.units.append(Unit('row%d' % r, [self.cells[r * 9 + c] for c in range(9)]))
        for c in range(9):
            self.units.append(Unit('col%d' % c, [self.cells[r * 9 + c] for r in range(9)]))
        for b in range(9):
            self.units.append(Unit('box%d' % b, [x for x in self.cells if x.box == b]))
        for unit in self.units:
            for cell in unit.cells:
                cell.units.append(unit)
        for cell in self.cells:
            seen = set()
            for unit in cell.units:
                for other in unit.cells:
                    if other is not cell and (other.row, other.col) not in seen:
                        seen.add((other.row, other.col))
                        cell.peers.append(other)
        self.trail = []
        self.eliminations = 0

    def eliminate(self, cell, digit):
        if digit not in cell.cands:
            return
        cell.cands.discard(digit)
        self.trail.append(Change(cell, digit))
        self.eliminations += 1
        n = len(cell.cands)
        if n == 0:
            raise Contradiction(cell)
        if n == 1:
            last = cell.value
            for peer in cell.peers:
                self.eliminate(peer, last)
        for unit in cell.units:
            places = unit.places(digit)
            if not places:
                raise Contradiction(unit.name)
            if len(places) == 1 and len(places[0].cands) > 1:
                self.assign(places[0], digit)

    def assign(self, cell, digit):
        for other in sorted(cell.cands):
            if other != digit:
                self.eliminate(cell, other)

    def undo(self, mark):
        trail = self.trail
        while len(trail) > mark:
            ch = trail.pop()
            ch.cell.cands.add(ch.value)

    def load(self, text):
        givens = [ch for ch in text if ch in DIGITS or ch in '0.']
        assert len(givens) == 81, len(givens)
        for cell, ch in zip(self.cells, givens):
            if ch in DIGITS:
                self.assign(cell, ch)

    def solved(self):
        return all(len(c.cands) == 1 for c in self.cells)

    def search(self, stats, reverse=False):
        if self.solved():
            return True
        best = None
        for c in self.cells:
            n = len(c.cands)
            if n > 1 and (best is None or n < len(best.cands)):
                best = c
                if n == 2:
                    break
        for digit in sorted(best.cands, reverse=reverse):
            mark = len(self.trail)
            stats['guesses'] += 1
            try:
                self.assign(best, digit)
                if self.search(stats, reverse):
                    return True
            except Contradiction:
                stats['dead_ends'] += 1
            self.undo(mark)
        return False

    def grid(self):
        return ''.join(c.value or '.' for c in self.cells)

    def valid(self):
        for unit in self.units:
            if sorted(c.value for c in unit.cells) != list(DIGITS):
                return False
        return True


PUZZLES = [
    '4.....8.5.3..........7......2.....6.....8.4......1.......6.3.7.5..2.....1.4......',
    '52...6.........7.13...........4..8..6......5...........418.........3..2...87.....',
    '6.....8.3.4.7.................5.4.7.3..2.....1.6.......2.....5.....8.6......1....',
    '48.3............71.2.......7.5....6....2..8.............1.76...3.....4......5....',
    '....14....3....2...7..........9...3.6.1.............8.2.....1.4....5.6.....7.8...',
    '85...24..72......9..4.........1.7..23.5...9...4...........8..7..17..........36.4.',
    '..53.....8......2..7..1.5..4....53...1..7...6..32...8..6.5....9..4....3......97..',
    '12.3....435....1....4........54..2..6...7.........8.9...31..5.......9.7.....6...8',
    '1....7.9..3..2...8..96..5....53..9...1..8...26....4...3......1..4......7..7...3..',
]


class Queen:
    __slots__ = ('row', 'cols')

    def __init__(self, row, n):
        self.row = row
        self.cols = list(range(n))


def queens(n):
    board = [Queen(r, n) for r in range(n)]
    placed = [0] * n
    count = 0
    nodes = 0

    def place(r):
        nonlocal count, nodes
        if r == n:
            count += 1
            return
        q = board[r]
        for col in q.cols:
            nodes += 1
            placed[r] = col
            saved = []
            ok = True
            for later in board[r + 1:]:
                d = later.row - r
                keep = [c for c in later.cols if c != col and c != col + d and c != col - d]
                saved.append(later.cols)
                later.cols = keep
                if not keep:
                    ok = False
                    break
            if ok:
                place(r + 1)
            for later, cols in zip(board[r + 1:], saved):
                later.cols = cols

    place(0)
    return count, nodes


def main():
    total_elims = 0
    for i, text in enumerate(PUZZLES):
        grids = []
        for reverse in (False, True):
            board = Board()
            board.load(text)
            stats = {'guesses': 0, 'dead_ends': 0}
            ok = board.search(stats, reverse=reverse)
            total_elims += board.eliminations
            print('puzzle %d%s: solved=%s valid=%s guesses=%d dead_ends=%d' % (
                i, 'r' if reverse else '', ok, board.valid(), stats['guesses'],
                stats['dead_ends']))
            grids.append(board.grid())
        print('  ' + grids[0], 'same' if grids[0] == grids[1] else 'differs')
    print('total eliminations', total_elims)
    try:
        board = Board()
        board.load('11' + '.' * 79)
    except Contradiction as e:
        print('contradiction at', e.args[0])
    for n in (6, 8, 9, 10):
        count, nodes = queens(n)
        print('queens(%d) = %d solutions, %d nodes' % (n, count, nodes))


main()

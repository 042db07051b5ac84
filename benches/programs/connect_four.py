# Workload: board game search with a seeded random generator.
#
# Connect four on a 7x6 board: depth-limited negamax with alpha-beta pruning,
# a window-scoring heuristic, and random tie-breaking among equally good moves
# (random.Random with a fixed seed). Also a full tic-tac-toe minimax with a
# memo dict. Prints the games and search statistics.

import random

ROWS = 6
COLS = 7
EMPTY = '.'


class Board:
    def __init__(self):
        self.cells = [[EMPTY] * COLS for _ in range(ROWS)]
        self.heights = [0] * COLS
        self.moves = []

    def copy(self):
        b = Board()
        b.cells = [row[:] for row in self.cells]
        b.heights = self.heights[:]
        b.moves = self.moves[:]
        return b

    def legal(self):
        return [c for c in range(COLS) if self.heights[c] < ROWS]

    def play(self, col, piece):
        row = self.heights[col]
        self.cells[row][col] = piece
        self.heights[col] = row + 1
        self.moves.append(col)

    def undo(self):
        col = self.moves.pop()
        self.heights[col] -= 1
        self.cells[self.heights[col]][col] = EMPTY

    def wins(self, piece):
        cells = self.cells
        for r in range(ROWS):
            row = cells[r]
            for c in range(COLS - 3):
                if row[c] == piece and row[c + 1] == piece and row[c + 2] == piece and row[c + 3] == piece:
                    return True
        for r in range(ROWS - 3):
            for c in range(COLS):
                if (cells[r][c] == piece and cells[r + 1][c] == piece
                        and cells[r + 2][c] == piece and cells[r + 3][c] == piece):
                    return True
        for r in range(ROWS - 3):
            for c in range(COLS - 3):
                if (cells[r][c] == piece and cells[r + 1][c + 1] == piece
                        and cells[r + 2][c + 2] == piece and cells[r + 3][c + 3] == piece):
                    return True
                if (cells[r][c + 3] == piece and cells[r + 1][c + 2] == piece
                        and cells[r + 2][c + 1] == piece and cells[r + 3][c] == piece):
                    return True
        return False

    def full(self):
        return len(self.moves) == ROWS * COLS

    def render(self):
        return '\n'.join(''.join(self.cells[r]) for r in range(ROWS - 1, -1, -1))


def windows():
    out = []
    for r in range(ROWS):
        for c in range(COLS - 3):
            out.append([(r, c + i) for i in range(4)])
    for r in range(ROWS - 3):
        for c in range(COLS):
            out.append([(r + i, c) for i in range(4)])
    for r in range(ROWS - 3):
        for c in range(COLS - 3):
            out.append([(r + i, c + i) for i in range(4)])
            out.append([(r + i, c + 3 - i) for i in range(4)])
    return out


WINDOWS = windows()
WEIGHTS = {0: 0, 1: 1, 2: 4, 3: 16}


def evaluate(board, me, other):
    cells = board.cells
    score = 0
    for win in WINDOWS:
        mine = theirs = 0
        for r, c in win:
            v = cells[r][c]
            if v == me:
                mine += 1
            elif v == other:
                theirs += 1
        if theirs == 0:
            score += WEIGHTS[mine]
        elif mine == 0:
            score -= WEIGHTS[theirs]
    center = COLS // 2
    for r in range(ROWS):
        if cells[r][center] == me:
            score += 3
        elif cells[r][center] == other:
            score -= 3
    return score


class Searcher:
    def __init__(self, depth, rng):
        self.depth = depth
        self.rng = rng
        self.nodes = 0

    def negamax(self, board, depth, alpha, beta, me, other):
        self.nodes += 1
        if board.wins(other):
            return -100000 - depth
        if board.full():
            return 0
        if depth == 0:
            return evaluate(board, me, other)
        order = sorted(board.legal(), key=lambda c: abs(c - COLS // 2))
        best = -10 ** 9
        for col in order:
            board.play(col, me)
            val = -self.negamax(board, depth - 1, -beta, -alpha, other, me)
            board.undo()
            if val > best:
                best = val
            if best > alpha:
                alpha = best
            if alpha >= beta:
                break
        return best

    def choose(self, board, me, other):
        scores = {}
        for col in board.legal():
            board.play(col, me)
            scores[col] = -self.negamax(board, self.depth - 1, -10 ** 9, 10 ** 9, other, me)
            board.undo()
        top = max(scores.values())
        best = [c for c in sorted(scores) if scores[c] == top]
        return self.rng.choice(best), top


def play_game(depth_x, depth_o, seed, opening):
    rng = random.Random(seed)
    board = Board()
    players = {'X': Searcher(depth_x, rng), 'O': Searcher(depth_o, rng)}
    for col in opening:
        board.play(col, 'XO'[len(board.moves) % 2])
    turn = 'XO'[len(board.moves) % 2]
    winner = None
    while True:
        other = 'O' if turn == 'X' else 'X'
        col, score = players[turn].choose(board, turn, other)
        board.play(col, turn)
        if board.wins(turn):
            winner = turn
            break
        if board.full():
            break
        turn = other
    nodes = players['X'].nodes + players['O'].nodes
    return board, winner, nodes


def ttt_winner(b):
    lines = ((0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8),
             (0, 4, 8), (2, 4, 6))
    for a, c, d in lines:
        if b[a] != ' ' and b[a] == b[c] == b[d]:
            return b[a]
    return None


def ttt_minimax(b, turn, memo):
    key = ''.join(b) + turn
    if key in memo:
        return memo[key]
    w = ttt_winner(b)
    if w is not None:
        result = 1 if w == 'X' else -1
    elif ' ' not in b:
        result = 0
    else:
        vals = []
        for i in range(9):
            if b[i] == ' ':
                b[i] = turn
                vals.append(ttt_minimax(b, 'O' if turn == 'X' else 'X', memo))
                b[i] = ' '
        result = max(vals) if turn == 'X' else min(vals)
    memo[key] = result
    return result


def main():
    rng = random.Random(7)
    results = {'X': 0, 'O': 0, None: 0}
    total_nodes = 0
    for game in range(6):
        opening = [rng.randrange(COLS) for _ in range(2)]
        depth_x = 3 + (game == 1)
        depth_o = 3 + (game == 4)
        board, winner, nodes = play_game(depth_x, depth_o, 1000 + game, opening)
        results[winner] += 1
        total_nodes += nodes
        print('game %d: opening=%s depths=%d/%d winner=%s moves=%d nodes=%d' % (
            game, opening, depth_x, depth_o, winner, len(board.moves), nodes))
        print('  moves:', ''.join(str(c) for c in board.moves))
        if game == 0:
            print(board.render())
    print('results X=%d O=%d draw=%d nodes=%d' % (results['X'], results['O'],
                                                  results[None], total_nodes))
    memo = {}
    value = ttt_minimax([' '] * 9, 'X', memo)
    print('tic-tac-toe value', value, 'positions', len(memo))
    deck = list(range(20))
    random.seed(99)
    random.shuffle(deck)
    print('shuffled', deck, 'random', round(random.random(), 12), random.randint(1, 6))


main()

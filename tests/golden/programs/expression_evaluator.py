# A tokenizer (generator), a recursive-descent parser building an AST of
# small classes, and an evaluator with variables, functions and error reporting.


class CalcError(Exception):
    def __init__(self, message, pos=None):
        super().__init__(message)
        self.pos = pos

    def __str__(self):
        base = self.args[0]
        return base if self.pos is None else f'{base} at position {self.pos}'


class Token:
    __slots__ = ('kind', 'value', 'pos')

    def __init__(self, kind, value, pos):
        self.kind, self.value, self.pos = kind, value, pos

    def __repr__(self):
        return f'{self.kind}:{self.value!r}'


OPERATORS = {'+', '-', '*', '/', '//', '%', '**', '(', ')', ',', '=', '<', '>', '<=', '>=', '==', '!='}
KEYWORDS = {'if', 'else', 'and', 'or', 'not'}


def tokenize(text):
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
            continue
        start = i
        if ch.isdigit() or (ch == '.' and i + 1 < n and text[i + 1].isdigit()):
            while i < n and (text[i].isdigit() or text[i] in '._'):
                i += 1
            if i < n and text[i] in 'eE':
                i += 1
                if i < n and text[i] in '+-':
                    i += 1
                while i < n and text[i].isdigit():
                    i += 1
            raw = text[start:i].replace('_', '')
            try:
                value = int(raw) if raw.isdigit() else float(raw)
            except ValueError:
                raise CalcError(f'bad number {raw!r}', start) from None
            yield Token('num', value, start)
        elif ch.isalpha() or ch == '_':
            while i < n and (text[i].isalnum() or text[i] == '_'):
                i += 1
            word = text[start:i]
            yield Token('kw' if word in KEYWORDS else 'name', word, start)
        else:
            two = text[i:i + 2]
            if two in OPERATORS:
                i += 2
                yield Token('op', two, start)
            elif ch in OPERATORS:
                i += 1
                yield Token('op', ch, start)
            else:
                raise CalcError(f'unexpected character {ch!r}', start)
    yield Token('end', None, n)


class Node:
    def __repr__(self):
        fields = ', '.join(f'{k}={v!r}' for k, v in vars(self).items())
        return f'{type(self).__name__}({fields})'


class Num(Node):
    def __init__(self, value):
        self.value = value


class Var(Node):
    def __init__(self, name):
        self.name = name


class BinOp(Node):
    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right


class Unary(Node):
    def __init__(self, op, operand):
        self.op, self.operand = op, operand


class Call(Node):
    def __init__(self, name, args):
        self.name, self.args = name, args


class Cond(Node):
    def __init__(self, test, then, other):
        self.test, self.then, self.other = test, then, other


class Assign(Node):
    def __init__(self, name, value):
        self.name, self.value = name, value


class Parser:
    PRECEDENCE = [('or',), ('and',), ('<', '>', '<=', '>=', '==', '!='), ('+', '-'), ('*', '/', '//', '%')]

    def __init__(self, text):
        self.tokens = list(tokenize(text))
        self.i = 0

    @property
    def tok(self):
        return self.tokens[self.i]

    def advance(self):
        t = self.tokens[self.i]
        self.i += 1
        return t

    def expect(self, value):
        if self.tok.value != value:
            raise CalcError(f'expected {value!r} but found {self.tok.value!r}', self.tok.pos)
        return self.advance()

    def parse(self):
        node = self.statement()
        if self.tok.kind != 'end':
            raise CalcError(f'unexpected {self.tok.value!r}', self.tok.pos)
        return node

    def statement(self):
        if self.tok.kind == 'name' and self.tokens[self.i + 1].value == '=':
            name = self.advance().value
            self.advance()
            return Assign(name, self.expression())
        return self.expression()

    def expression(self):
        node = self.binary(0)
        if self.tok.value == 'if':
            self.advance()
            test = self.binary(0)
            self.expect('else')
            other = self.expression()
            node = Cond(test, node, other)
        return node

    def binary(self, level):
        if level == len(self.PRECEDENCE):
            return self.unary()
        node = self.binary(level + 1)
        while self.tok.value in self.PRECEDENCE[level] and self.tok.kind in ('op', 'kw'):
            op = self.advance().value
            node = BinOp(op, node, self.binary(level + 1))
        return node

    def unary(self):
        if self.tok.value in ('-', '+', 'not'):
            op = self.advance().value
            return Unary(op, self.unary())
        return self.power()

    def power(self):
        base = self.atom()
        if self.tok.value == '**':
            self.advance()
            return BinOp('**', base, self.unary())
        return base

    def atom(self):
        t = self.tok
        if t.kind == 'num':
            self.advance()
            return Num(t.value)
        if t.kind == 'name':
            self.advance()
            if self.tok.value == '(':
                self.advance()
                args = []
                if self.tok.value != ')':
                    args.append(self.expression())
                    while self.tok.value == ',':
                        self.advance()
                        args.append(self.expression())
                self.expect(')')
                return Call(t.value, args)
            return Var(t.value)
        if t.value == '(':
            self.advance()
            node = self.expression()
            self.expect(')')
            return node
        raise CalcError(f'unexpected {t.value!r}' if t.kind != 'end' else 'unexpected end of input', t.pos)


def isqrt(n):
    if n < 0:
        raise CalcError('isqrt of negative number')
    x = n
    y = (x + 1) // 2
    while y < x:
        x, y = y, (y + n // y) // 2
    return x


def make_functions():
    def fact(n):
        if not isinstance(n, int) or n < 0:
            raise CalcError('fact needs a non-negative integer')
        r = 1
        for k in range(2, n + 1):
            r *= k
        return r

    def fib(n):
        a, b = 0, 1
        for _ in range(n):
            a, b = b, a + b
        return a

    return {
        'abs': (1, abs), 'max': (None, max), 'min': (None, min), 'fact': (1, fact),
        'fib': (1, fib), 'isqrt': (1, isqrt), 'round': (2, round), 'gcd': (2, lambda a, b: a if b == 0 else gcd(b, a % b)),
    }


FUNCTIONS = make_functions()


def gcd(a, b):
    return FUNCTIONS['gcd'][1](a, b)


class Evaluator:
    BINARY = {
        '+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b,
        '/': lambda a, b: a / b, '//': lambda a, b: a // b, '%': lambda a, b: a % b,
        '**': lambda a, b: a ** b, '<': lambda a, b: a < b, '>': lambda a, b: a > b,
        '<=': lambda a, b: a <= b, '>=': lambda a, b: a >= b, '==': lambda a, b: a == b,
        '!=': lambda a, b: a != b,
    }

    def __init__(self):
        self.env = {'pi': 3.141592653589793, 'ans': 0}
        self.calls = 0

    def eval(self, node):
        self.calls += 1
        method = getattr(self, 'eval_' + type(node).__name__)
        return method(node)

    def eval_Num(self, node):
        return node.value

    def eval_Var(self, node):
        try:
            return self.env[node.name]
        except KeyError:
            raise CalcError(f'undefined variable {node.name!r}') from None

    def eval_Assign(self, node):
        value = self.eval(node.value)
        self.env[node.name] = value
        return value

    def eval_Unary(self, node):
        v = self.eval(node.operand)
        return {'-': lambda: -v, '+': lambda: +v, 'not': lambda: not v}[node.op]()

    def eval_BinOp(self, node):
        if node.op == 'and':
            left = self.eval(node.left)
            return self.eval(node.right) if left else left
        if node.op == 'or':
            left = self.eval(node.left)
            return left if left else self.eval(node.right)
        a, b = self.eval(node.left), self.eval(node.right)
        try:
            return self.BINARY[node.op](a, b)
        except ZeroDivisionError as e:
            raise CalcError(f'math error: {e}') from e
        except OverflowError as e:
            raise CalcError('math error: overflow') from e

    def eval_Cond(self, node):
        return self.eval(node.then) if self.eval(node.test) else self.eval(node.other)

    def eval_Call(self, node):
        if node.name not in FUNCTIONS:
            raise CalcError(f'unknown function {node.name}()')
        arity, fn = FUNCTIONS[node.name]
        args = [self.eval(a) for a in node.args]
        if arity is not None and len(args) != arity:
            raise CalcError(f'{node.name}() takes {arity} argument{"s" if arity != 1 else ""}, got {len(args)}')
        return fn(*args)

    def run(self, line):
        value = self.eval(Parser(line).parse())
        self.env['ans'] = value
        return value


def show(value):
    if isinstance(value, bool):
        return 'true' if value else 'false'
    if isinstance(value, float):
        return f'{value:.10g}'
    if isinstance(value, int) and abs(value) >= 10 ** 15:
        s = str(abs(value))
        return ('-' if value < 0 else '') + f'{s[0]}.{s[1:7]}e+{len(s) - 1} ({len(s)} digits)'
    return str(value)


print([t for t in tokenize('x1 = 3.5e2 ** -(2 // 1_000) <= y')])
print(Parser('1 + 2 * -x ** 2').parse())
print(Parser('a if b > 1 else c').parse())

session = [
    '1 + 2 * 3',
    '(1 + 2) * 3',
    '2 ** 3 ** 2',
    '-2 ** 2',
    '7 // 2 + 7 % 3 - 7 / 2',
    '-7 // 2',
    'x = 10',
    'y = x * 2 + ans',
    'x * y - ans',
    'fact(25)',
    'fact(100)',
    'fib(90) % 1000000007',
    'isqrt(10 ** 40 + 12345)',
    'gcd(fib(60), fib(45))',
    'max(3, x, y, 17) + min(4, 2)',
    'round(pi * 1000, 2)',
    '1.5e3 + .5',
    '1 < 2 and 3 > 4 or not 0',
    '"quoted"',
    'x if x > 5 else -x',
    '0 if 0 else 1 if 0 else 2',
    'abs(-3) + abs(4 - 10)',
    '1 / 0',
    '5 % (3 - 3)',
    'undefined + 1',
    'nosuch(1)',
    'fact(1, 2)',
    'fact(-1)',
    '(1 + 2',
    '1 + * 2',
    '3 4',
    '1.2.3',
    '',
    '2.0 ** 5000',
    'big = 3 ** 200',
    'big // 3 ** 190',
    'ans == 3 ** 10',
]
calc = Evaluator()
for line in session:
    try:
        print(f'{line:<28} => {show(calc.run(line))}')
    except CalcError as e:
        cause = f' (caused by {type(e.__cause__).__name__})' if e.__cause__ else ''
        print(f'{line:<28} !! {e}{cause}')
print('variables:', sorted((k, show(v)) for k, v in calc.env.items() if k not in ('pi',)))
print('nodes evaluated:', calc.calls)

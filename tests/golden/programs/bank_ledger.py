# A small bank ledger simulation: accounts with inheritance, transactions,
# custom exceptions, generators for statements and formatted reports.


class BankError(Exception):
    """Base class of all ledger errors."""


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f'{account.number}: cannot withdraw {amount / 100:.2f}, '
                         f'balance is {account.balance / 100:.2f}')
        self.account = account
        self.amount = amount


class AccountFrozen(BankError):
    pass


class UnknownAccount(BankError, KeyError):
    def __str__(self):
        return f'no such account: {self.args[0]!r}'


class Transaction:
    _next_id = 1

    def __init__(self, kind, amount, memo=''):
        self.id = Transaction._next_id
        Transaction._next_id += 1
        self.kind = kind
        self.amount = amount
        self.memo = memo

    def signed(self):
        return self.amount if self.kind in ('deposit', 'interest', 'transfer-in') else -self.amount

    def __repr__(self):
        return f'Transaction(#{self.id}, {self.kind}, {self.amount})'


class Account:
    kind = 'basic'
    overdraft = 0

    def __init__(self, number, owner, opening=0):
        self.number = number
        self.owner = owner
        self.history = []
        self.frozen = False
        if opening:
            self.deposit(opening, 'opening balance')

    @property
    def balance(self):
        return sum(t.signed() for t in self.history)

    def _check(self):
        if self.frozen:
            raise AccountFrozen(f'{self.number} is frozen')

    def deposit(self, amount, memo=''):
        self._check()
        if amount <= 0:
            raise ValueError(f'deposit must be positive, got {amount}')
        self.history.append(Transaction('deposit', amount, memo))
        return self.balance

    def withdraw(self, amount, memo=''):
        self._check()
        if amount > self.balance + self.overdraft:
            raise InsufficientFunds(self, amount)
        self.history.append(Transaction('withdrawal', amount, memo))
        return self.balance

    def month_end(self):
        return []

    def statement(self):
        running = 0
        for t in self.history:
            running += t.signed()
            yield t, running

    def __repr__(self):
        return f'{type(self).__name__}({self.number!r}, {self.owner!r}, balance={self.balance})'


class Savings(Account):
    kind = 'savings'

    def __init__(self, number, owner, opening=0, rate=0.02):
        super().__init__(number, owner, opening)
        self.rate = rate
        self.withdrawals_this_month = 0

    def withdraw(self, amount, memo=''):
        if self.withdrawals_this_month >= 2:
            raise BankError(f'{self.number}: withdrawal limit reached')
        result = super().withdraw(amount, memo)
        self.withdrawals_this_month += 1
        return result

    def month_end(self):
        interest = round(self.balance * self.rate / 12)
        self.withdrawals_this_month = 0
        if interest > 0:
            self.history.append(Transaction('interest', interest, f'{self.rate:.1%} p.a.'))
            return [f'interest {interest / 100:.2f}']
        return []


class Checking(Account):
    kind = 'checking'
    overdraft = 50_00
    fee = 2_50

    def month_end(self):
        notes = []
        if self.balance < 0:
            self.history.append(Transaction('fee', self.fee, 'overdraft fee'))
            notes.append(f'fee {self.fee / 100:.2f}')
        return notes


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}
        self.log = []

    def open(self, cls, owner, *args, **kwargs):
        number = f'{cls.kind[:3].upper()}-{len(self.accounts) + 1:04d}'
        acct = cls(number, owner, *args, **kwargs)
        self.accounts[number] = acct
        self.log.append(f'opened {number} for {owner}')
        return acct

    def get(self, number):
        try:
            return self.accounts[number]
        except KeyError:
            raise UnknownAccount(number) from None

    def transfer(self, src, dst, amount):
        a, b = self.get(src), self.get(dst)
        a.withdraw(amount, f'to {dst}')
        a.history[-1].kind = 'transfer-out'
        b.history.append(Transaction('transfer-in', amount, f'from {src}'))
        self.log.append(f'transfer {amount / 100:.2f} {src} -> {dst}')

    def run(self, operations):
        for op, *args in operations:
            try:
                if op == 'deposit':
                    self.get(args[0]).deposit(args[1])
                elif op == 'withdraw':
                    self.get(args[0]).withdraw(args[1])
                elif op == 'transfer':
                    self.transfer(*args)
                elif op == 'freeze':
                    self.get(args[0]).frozen = True
                elif op == 'month':
                    for acct in self.accounts.values():
                        for note in acct.month_end():
                            self.log.append(f'{acct.number}: {note}')
                else:
                    raise ValueError(f'unknown operation {op!r}')
                self.log.append(f'ok {op} {args}')
            except InsufficientFunds as e:
                self.log.append(f'DECLINED {e}')
            except BankError as e:
                self.log.append(f'ERROR {type(e).__name__}: {e}')
            except ValueError as e:
                self.log.append(f'INVALID {e}')

    def total_deposits(self):
        return sum(a.balance for a in self.accounts.values())


def money(cents):
    sign = '-' if cents < 0 else ''
    cents = abs(cents)
    return f'{sign}{cents // 100:,}.{cents % 100:02d}'


bank = Bank('First Golden Bank')
alice = bank.open(Savings, 'Alice', 1_000_00, rate=0.03)
bob = bank.open(Checking, 'Bob', 120_00)
carol = bank.open(Account, 'Carol')
dave = bank.open(Savings, 'Dave', 5_000_000_00)

ops = [
    ('deposit', alice.number, 250_50),
    ('withdraw', bob.number, 150_00),
    ('withdraw', bob.number, 100_00),
    ('transfer', alice.number, carol.number, 300_00),
    ('withdraw', alice.number, 10_00),
    ('withdraw', alice.number, 10_00),
    ('deposit', carol.number, -5),
    ('deposit', 'XYZ-0000', 10),
    ('month',),
    ('transfer', carol.number, bob.number, 75_25),
    ('freeze', carol.number),
    ('deposit', carol.number, 1_00),
    ('withdraw', dave.number, 1_234_567_89),
    ('explode',),
    ('month',),
]
bank.run(ops)

print(f'=== {bank.name} ===')
for line in bank.log:
    print(' ', line)

print()
header = f"{'Account':<10} {'Owner':<6} {'Type':<9} {'Balance':>16}"
print(header)
print('-' * len(header))
for acct in sorted(bank.accounts.values(), key=lambda a: a.balance, reverse=True):
    print(f'{acct.number:<10} {acct.owner:<6} {acct.kind:<9} {money(acct.balance):>16}')
print('-' * len(header))
print(f"{'TOTAL':<27} {money(bank.total_deposits()):>16}")

print()
for acct in (alice, bob):
    print(f'Statement for {acct.number} ({acct.owner})')
    for t, running in acct.statement():
        print(f'  #{t.id:<3} {t.kind:<12} {money(t.signed()):>10} {money(running):>10}  {t.memo}')

print()
print(repr(carol))
kinds = {}
for acct in bank.accounts.values():
    for t in acct.history:
        kinds[t.kind] = kinds.get(t.kind, 0) + 1
print(sorted(kinds.items()))
biggest = max((t for a in bank.accounts.values() for t in a.history), key=lambda t: t.amount)
print('largest transaction:', biggest, money(biggest.amount))
print('accounts in overdraft:', [a.number for a in bank.accounts.values() if a.balance < 0])
try:
    bank.get('NOPE')
except KeyError as e:
    print('lookup failed:', e, '| is KeyError:', isinstance(e, KeyError), '| is BankError:', isinstance(e, BankError))
print('interest rates:', {a.owner: f'{a.rate:.2%}' for a in bank.accounts.values() if isinstance(a, Savings)})
print('dave in cents:', dave.balance, 'squared:', dave.balance ** 2)

# Call benchmark: method calls on ordinary classes.
#
# Instances with a __dict__: bound-method calls with 0-3 arguments, methods
# calling other methods on self, inherited methods found through the MRO,
# super() calls, classmethods and staticmethods called through instances and
# classes, property getters, and a method stored then called later.


class Account:
    fee = 1

    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
        self.ops = 0

    def deposit(self, amount):
        self.balance += amount
        self.ops += 1
        return self.balance

    def withdraw(self, amount):
        if self.can_withdraw(amount):
            self.balance -= amount + self.charge()
            self.ops += 1
            return True
        return False

    def can_withdraw(self, amount):
        return self.balance >= amount + self.charge()

    def charge(self):
        return self.fee

    def get_balance(self):
        return self.balance

    def transfer(self, other, amount):
        if self.withdraw(amount):
            other.deposit(amount)
            return 1
        return 0

    @property
    def rich(self):
        return self.balance > 1000

    @classmethod
    def opening(cls, owner):
        return cls(owner, 100)

    @staticmethod
    def interest(balance, rate):
        return balance * rate // 100


class Savings(Account):
    fee = 0

    def deposit(self, amount):
        return super().deposit(amount + self.bonus(amount))

    def bonus(self, amount):
        return 1 if amount > 50 else 0


class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def scale(self, k):
        return Vector(self.x * k, self.y * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def norm1(self):
        return abs(self.x) + abs(self.y)


def bank(rounds):
    accounts = [Account.opening('a%d' % i) for i in range(10)]
    accounts += [Savings.opening('s%d' % i) for i in range(10)]
    moved = 0
    for r in range(rounds):
        for i in range(20):
            a = accounts[i]
            b = accounts[(i * 7 + r) % 20]
            a.deposit(r % 97)
            moved += a.transfer(b, (r * 13 + i) % 150)
            if a.rich:
                a.withdraw(Account.interest(a.get_balance(), 3))
    total = sum(a.get_balance() for a in accounts)
    ops = sum(a.ops for a in accounts)
    return moved, total, ops


def vectors(n):
    acc = Vector(0, 0)
    step = Vector(1, -2)
    dots = 0
    for i in range(n):
        v = step.scale(i % 5)
        acc = acc.add(v)
        dots += acc.dot(step) % 1000
        dots -= v.norm1()
    return acc.x, acc.y, dots


def stored(n):
    v = Vector(3, 4)
    f = v.dot
    g = v.norm1
    total = 0
    w = Vector(1, 1)
    for i in range(n):
        total += f(w) + g()
    return total


def main():
    print('bank', bank(12000))
    print('vectors', vectors(300000))
    print('stored', stored(300000))


main()

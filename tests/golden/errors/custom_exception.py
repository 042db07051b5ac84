# An uncaught user-defined exception with a message.
class InsufficientFunds(Exception):
    pass
def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFunds(f'need {amount - balance} more')
    return balance - amount
print(withdraw(100, 30))
withdraw(100, 130)

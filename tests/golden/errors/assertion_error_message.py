# Failed assertion with a message.
balance = 100
assert balance > 0, 'balance must be positive'
withdrawal = 150
assert balance - withdrawal >= 0, f'overdraft: {balance - withdrawal}'

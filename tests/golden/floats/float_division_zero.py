# Division and modulo by zero raise ZeroDivisionError with specific messages.
tests = [
    lambda: 1 / 0,
    lambda: 1.0 / 0,
    lambda: 1 / 0.0,
    lambda: 1 // 0,
    lambda: 1.0 // 0.0,
    lambda: 1 % 0,
    lambda: 1.5 % 0,
    lambda: divmod(1, 0),
    lambda: divmod(1.0, 0),
    lambda: 0 / 0,
    lambda: 0.0 ** -1,
    lambda: (10 ** 30) / 0,
    lambda: (10 ** 30) // 0,
    lambda: (10 ** 30) % 0,
    lambda: pow(0, -2),
]
for i, t in enumerate(tests):
    try:
        print(i, t())
    except ZeroDivisionError as e:
        print(i, type(e).__name__, '|', e, '|', e.args)
print(isinstance(ZeroDivisionError(), ArithmeticError))

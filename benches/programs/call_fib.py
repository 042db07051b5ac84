# Call benchmark: recursion.
#
# Naive doubly-recursive fib, mutual recursion (is_even / is_odd), Ackermann
# with small arguments, a recursive tree sum over nested tuples, and the
# Tak function: many short Python-to-Python calls with deep-ish stacks.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


def tak(x, y, z):
    if y >= x:
        return z
    return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))


def build(depth, seed):
    if depth == 0:
        return seed % 10
    return (build(depth - 1, seed * 3 + 1), build(depth - 1, seed * 5 + 2))


def tree_sum(t):
    if type(t) is int:
        return t
    return tree_sum(t[0]) + tree_sum(t[1])


def main():
    print('fib(32) =', fib(32))
    print('even/odd', sum(is_even(n) for n in range(300)), is_odd(777))
    print('ack(2, 300) =', ack(2, 300), 'ack(3, 5) =', ack(3, 5))
    print('tak(24, 16, 8) =', tak(24, 16, 8))
    t = build(17, 1)
    print('tree sum', tree_sum(t))


main()

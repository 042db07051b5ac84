# Call benchmark: a deep tree of plain function calls.
#
# Module-level functions calling each other: a binary call tree ten levels
# deep (each call of level k makes two calls of level k-1), a linear chain of
# calls 400 frames deep, and small helper calls with 0-4 positional
# arguments. No classes, no keywords: the plain CALL fast path.


def leaf(x):
    return x * x % 1009


def l1(x):
    return leaf(x) + leaf(x + 1)


def l2(x):
    return l1(x) + l1(x + 2)


def l3(x):
    return l2(x) + l2(x + 3)


def l4(x):
    return l3(x) - l3(x + 4)


def l5(x):
    return l4(x) + l4(x + 5)


def l6(x):
    return l5(x) - l5(x + 6)


def l7(x):
    return l6(x) + l6(x + 7)


def l8(x):
    return l7(x) + l7(x - 8)


def l9(x):
    return l8(x) - l8(x + 9)


def l10(x):
    return l9(x) + l9(x + 10)


def chain(n, acc):
    if n == 0:
        return acc
    return chain(n - 1, acc + n)


def zero():
    return 1


def one(a):
    return a


def two(a, b):
    return a + b


def three(a, b, c):
    return a + b - c


def four(a, b, c, d):
    return a * b + c * d


def helpers(n):
    total = 0
    for i in range(n):
        total += zero() + one(i) + two(i, 1) + three(i, 2, 1) + four(i, 2, 3, 4)
        total &= 0xFFFFFFF
    return total


def main():
    total = 0
    for i in range(1500):
        total += l10(i)
    print('tree', total)
    s = 0
    for i in range(800):
        s += chain(400, i)
    print('chain', s)
    print('helpers', helpers(300000))


main()

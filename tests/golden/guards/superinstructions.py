# Superinstructions (LOAD_FAST__LOAD_FAST and friends) run two instructions in
# one dispatch once a code object is quickened. Every path must mean what the
# two plain instructions mean: an unbound second local raises at its own
# line, jumps may land on the second instruction, and deleted locals are seen.
import sys


def last_line(e):
    tb = e.__traceback__
    while tb.tb_next is not None:
        tb = tb.tb_next
    return tb.tb_lineno


def warm(f, *args):
    # Run a function enough times that its code is quickened and specialised.
    for _ in range(20):
        try:
            f(*args)
        except Exception:
            pass


def pairs(a, b):
    c = a + b          # LOAD_FAST a; LOAD_FAST b
    d = c; e = d       # STORE_FAST c... STORE_FAST d; LOAD_FAST d
    x, y = a, b        # STORE_FAST x; STORE_FAST y
    return c, d, e, x, y, 1 + a, a - 1


warm(pairs, 3, 4)
print(pairs(3, 4))
print(pairs("p", "q") if False else pairs(10, -2))


def second_unbound(flag):
    if flag:
        y = 1
    x = 5
    return x + y       # LOAD_FAST x; LOAD_FAST y (unbound when not flag)


warm(second_unbound, True)
print(second_unbound(True))
try:
    second_unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
    print("line", last_line(e))


def first_unbound(flag):
    if flag:
        x = 2
    y = 3
    return x * y       # the first local unbound


warm(first_unbound, True)
try:
    first_unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e, last_line(e))


def deleted(a):
    b = a
    del b
    try:
        return a + b   # second local deleted
    except UnboundLocalError as e:
        return "caught: %s" % e


warm(deleted, 1)
print(deleted(1))


def loop_target(n):
    # A loop whose back edge lands between pairs: `i` stored then loaded.
    total = 0
    i = 0
    while i < n:
        total = total + i
        i = i + 1
    return total, i


warm(loop_target, 5)
print(loop_target(10))


def const_then_local(a):
    return 7 - a, 2.5 * a, "s" + str(a)


warm(const_then_local, 3)
print(const_then_local(3), const_then_local(4.5))


def swap_chain(a, b, c):
    a, b, c = c, a, b
    a, b = b, a
    return a, b, c


warm(swap_chain, 1, 2, 3)
print(swap_chain(1, 2, 3))


def store_then_unbound(flag):
    if flag:
        x = 2
    y = 3              # STORE_FAST y; LOAD_FAST x: CPython 3.11 blames this line
    return x * y


warm(store_then_unbound, True)
try:
    store_then_unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e, last_line(e))


def const_then_unbound(flag):
    if flag:
        x = 2
    return (1,
            x)         # LOAD_CONST 1; LOAD_FAST x


warm(const_then_unbound, True)
try:
    const_then_unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e, last_line(e))


def unbound_in_try(flag):
    if flag:
        x = 1
    try:
        y = 2
        return y + x   # caught by the handler around both halves
    except UnboundLocalError:
        return "handled"


warm(unbound_in_try, True)
print(unbound_in_try(False), unbound_in_try(True))


def gen(n):
    a = 0
    for i in range(n):
        b = a
        a = b + i
        yield a, b


warm(lambda: list(gen(3)))
print(list(gen(5)))

# `a, b = x, y` builds no tuple (BUILD_TUPLE + UNPACK_SEQUENCE become SWAP, or
# reordered stores): every kind of target must still see the values in order.
class Obj:
    pass


def locals_(a, b, c):
    x, y = a, b
    p, q, r = a, b, c
    (z,) = (c,)
    a, b = b, a
    x, x = a, b            # the same target twice: the last store wins
    [m, n] = a, b
    return x, y, p, q, r, z, a, b, m, n


print(locals_(1, 2, 3))

o = Obj()
o.a, o.b = 1, 2
o.a, o.b = o.b, o.a
print(o.a, o.b)

d = {}
d["k"], d["j"] = "first", "second"
print(sorted(d.items()))

lst = [0, 1, 2]
lst[0], lst[2] = lst[2], lst[0]
print(lst)

g1, g2 = "g1", "g2"
g1, g2 = g2, g1
print(g1, g2)


def mixed(v):
    o = Obj()
    o.x, y, o.z = v, v + 1, v + 2
    first, (second, third) = v, (v * 2, v * 3)
    return o.x, y, o.z, first, second, third


print(mixed(10))


def too_many():
    a, b = 1, 2, 3


def too_few():
    a, b, c = 1, 2


for f in (too_many, too_few):
    try:
        f()
    except ValueError as e:
        print("ValueError:", e)


def rotate(n):
    a, b, c = 1, 2, 3
    for _ in range(n):
        a, b, c = b, c, a
    return a, b, c


print(rotate(4), rotate(5))


def in_loop(items):
    out = []
    for i in items:
        k, v = i, i * i
        out.append((k, v))
    return out


print(in_loop(range(4)))


def with_handler(x):
    try:
        a, b = x, 1 / x
    except ZeroDivisionError:
        a, b = "zero", None
    return a, b


print(with_handler(2), with_handler(0))

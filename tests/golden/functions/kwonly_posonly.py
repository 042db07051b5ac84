# Keyword-only and positional-only parameters.
def kwo(a, *, b, c=3):
    return a, b, c
print(kwo(1, b=2), kwo(1, c=5, b=6), kwo(a=0, b=0))
try:
    kwo(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    kwo(1)
except TypeError as e:
    print(type(e).__name__, e)
def pos(a, b, /, c, *, d):
    return a, b, c, d
print(pos(1, 2, 3, d=4), pos(1, 2, c=3, d=4))
try:
    pos(1, b=2, c=3, d=4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pos(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
def only_pos(x, /):
    return x
print(only_pos(7))
try:
    only_pos(x=7)
except TypeError as e:
    print(type(e).__name__, e)
def pos_and_kwargs(a, /, **kw):
    return a, kw
print(pos_and_kwargs(1, a=2, b=3))
def defaults_pos(a, b=2, /, c=3):
    return a, b, c
print(defaults_pos(1), defaults_pos(1, 5), defaults_pos(1, 5, 6), defaults_pos(1, c=9))
def star_then_kw(*args, sep='-'):
    return sep.join(map(str, args))
print(star_then_kw(1, 2, 3), star_then_kw(1, 2, sep='+'), star_then_kw())
def all_kinds(a, b=2, /, c=3, *args, d, e=5, **kwargs):
    return (a, b, c, args, d, e, kwargs)
print(all_kinds(1, d=4))
print(all_kinds(1, 2, 3, 4, 5, d=6, f=7))
print(all_kinds(10, c=30, d=40, e=50, g=70))
print(all_kinds.__defaults__, all_kinds.__kwdefaults__)

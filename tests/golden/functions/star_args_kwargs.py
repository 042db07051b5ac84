# *args and **kwargs in definitions and calls.
def collect(*args, **kwargs):
    return args, sorted(kwargs.items())
print(collect(), collect(1), collect(1, 2, x=3), collect(*range(3), **{'z': 0, 'a': 1}))
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(), total(1), total(1, 2, 3), total(*[10, 20], 30, *(40,)))
def describe(**info):
    return ', '.join(f'{k}={v}' for k, v in info.items())
print(describe(name='x', size=3), describe(), describe(**{'a': 1}, b=2))
def wrapper(*args, **kwargs):
    return target(*args, **kwargs)
def target(a, b, c=0):
    return a * 100 + b * 10 + c
print(wrapper(1, 2), wrapper(1, 2, 3), wrapper(c=1, b=2, a=3))
try:
    collect(**{'x': 1}, x=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    collect(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    total(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    describe(**[1])
except TypeError as e:
    print(type(e).__name__, e)
first, *rest = (1, 2, 3)
print(first, rest)
def head_tail(head, *tail):
    return head, tail
print(head_tail(*'hello'))
args = (1,)
kwargs = {'b': 2}
print(target(*args, **kwargs), target(*args, b=5, **{'c': 6}))
def kw_mutation(**kw):
    kw['added'] = True
    return kw
d = {'orig': 1}
print(kw_mutation(**d), d)

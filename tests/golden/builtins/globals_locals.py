# globals() and locals().
counter = 0
def bump():
    globals()['counter'] += 1
bump()
bump()
print(counter)
globals()['made_up'] = 'created'
print(made_up)
print('counter' in globals(), 'bump' in globals(), '__name__' in globals(), __name__)
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
def g():
    x = 1
    loc = locals()
    return sorted(loc)
print(g())
class K:
    attr = 5
    names = sorted(n for n in locals() if not n.startswith('__'))
print(K.names)
print(sorted(k for k in globals() if not k.startswith('__')))
def outer():
    v = 'outer'
    def inner():
        return v
    return sorted(locals())
print(outer())
print(locals() is globals())

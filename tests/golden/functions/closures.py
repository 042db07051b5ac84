# Closures capture variables, not values.
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2(), c1())
def make_adders():
    return [lambda x: x + i for i in range(3)]
print([f(10) for f in make_adders()])
def make_adders_fixed():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in make_adders_fixed()])
def outer():
    x = 'outer x'
    def middle():
        def inner():
            return x
        return inner
    return middle()()
print(outer())
def late():
    def get():
        return value
    value = 'assigned after def'
    return get
print(late()())
def multiplier(n):
    def mul(x):
        return x * n
    return mul
double, triple = multiplier(2), multiplier(3)
print(double(5), triple(5), double(triple(2)))
print(double.__closure__ is not None, len(triple.__closure__), triple.__closure__[0].cell_contents)
def accumulator():
    items = []
    def add(x):
        items.append(x)
        return list(items)
    return add
acc = accumulator()
acc(1)
acc(2)
print(acc(3))
def shared():
    state = {'n': 0}
    def up():
        state['n'] += 1
        return state['n']
    def down():
        state['n'] -= 1
        return state['n']
    return up, down
up, down = shared()
print(up(), up(), down(), up())
def compose(*fs):
    def composed(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return composed
print(compose(str, lambda x: x * 2, abs)(-21))
def unbound():
    try:
        print(z)
    except NameError as e:
        print(type(e).__name__, e)
    z = 1
unbound()

# nonlocal and global declarations.
x = 'global x'
def read_global():
    return x
def write_global():
    global x
    x = 'changed by function'
print(read_global())
write_global()
print(x)
def create_global():
    global brand_new
    brand_new = 42
create_global()
print(brand_new)
def shadow():
    x = 'local x'
    return x
print(shadow(), x)
def outer():
    v = 1
    def inner():
        nonlocal v
        v += 10
    inner()
    inner()
    return v
print(outer())
def two_levels():
    a = 'a0'
    def mid():
        def deep():
            nonlocal a
            a = 'a from deep'
        deep()
    mid()
    return a
print(two_levels())
def unbound_local():
    try:
        y = x + '!'
        x = 'never'
    except UnboundLocalError as e:
        print(type(e).__name__, e)
unbound_local()
def gen_counter():
    n = 0
    def step():
        nonlocal n
        n += 1
        return n
    return step
s = gen_counter()
print([s() for _ in range(5)])
total = 0
def add_all(*vals):
    global total
    for v in vals:
        total += v
add_all(1, 2, 3)
add_all(10)
print(total)
class Holder:
    y = 5
    def method(self):
        return y_global
y_global = 'module level'
print(Holder().method())
def class_scope():
    val = 'function'
    class Inner:
        val = 'class'
        def get(self):
            return val
    return Inner().get(), Inner.val
print(class_scope())

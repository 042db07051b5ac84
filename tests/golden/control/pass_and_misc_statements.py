# pass, empty bodies, nested defs in control flow and global statements in loops.
def nothing():
    pass
class Empty:
    pass
for _ in range(2):
    pass
while False:
    pass
if True:
    pass
print(nothing(), Empty.__name__)
def ellipsis_body():
    ...
print(ellipsis_body())
if True:
    def chosen():
        return 'first definition'
else:
    def chosen():
        return 'second definition'
print(chosen())
for i in range(3):
    def make(i=i):
        return i * 10
print(make())
total = 0
for i in range(5):
    total += i
print(total, i)
x = 1
if x:
    y = 'defined in if'
print(y)
try:
    z = 'defined in try'
except Exception:
    pass
print(z)
while x < 4:
    x += 1
    w = x
print(w)
def shadow():
    if False:
        q = 1
    try:
        return q
    except UnboundLocalError as e:
        return type(e).__name__
print(shadow())

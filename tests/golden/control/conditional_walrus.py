# Conditional expressions and assignment expressions.
for n in range(-2, 3):
    print(n, 'positive' if n > 0 else 'zero' if n == 0 else 'negative')
print([('odd' if i % 2 else 'even') for i in range(4)])
val = None
print(val if val is not None else 'default', (val or 'or-default'))
if (n := len('hello')) > 3:
    print('long string of length', n)
data = [1, 2, 3, 4, 5, 6]
while (item := data.pop()) > 3:
    print('popped', item)
print('stopped at', item, 'remaining', data)
print((y := 10) + y, y)
values = iter(['a', 'b', '', 'c'])
while (v := next(values)):
    print('value', v)
def compute():
    print('  compute called')
    return 42
print(result if (result := compute()) > 40 else 'small')
print([p for x in range(6) if (p := x * x) % 2])
counter = 0
def bump():
    global counter
    counter += 1
    return counter
print(bump() if False else 'no bump', counter)
print(1 if True else bump(), counter)
print((z := 3) and (w := z * 2), z, w)
lines = ['a', 'b', 'END', 'c']
idx = 0
while (line := lines[idx]) != 'END':
    print('line', line)
    idx += 1

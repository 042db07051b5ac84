# Indexing and slicing of strings.
s = 'Hello, World!'
print(s[0], s[-1], s[7], s[-6])
print(s[:5], s[7:], s[-6:-1], s[::2], s[1::2], s[::-1], s[::-2], s[5:1:-1])
print(repr(s[5:5]), repr(s[10:2]), repr(s[100:]), s[-100:3], s[:100])
print(s[2:-2:3], s[-1:-8:-2], s[len(s):0:-1], repr(s[0:0:-1]))
for step in (1, 2, 3, -1, -3):
    print(step, s[::step], s[3::step], s[:3:step])
try:
    s[20]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    s[0] = 'J'
except TypeError as e:
    print(type(e).__name__, e)
try:
    s['a']
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[1.5]
except TypeError as e:
    print(type(e).__name__, e)
print(s[True], s[slice(1, 4)], s[slice(None, None, -4)])
u = 'naïve café 😀 end'
print(len(u), u[2], u[11], u[-5:], u[::-1])
print([c for c in 'abc'], list('hey'), tuple('hi'))
print('abc' * 3, 3 * 'ab', 'x' * 0, 'x' * -2, 'a' + 'b')

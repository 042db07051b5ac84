# Comparisons and operators on strings.
print('a' < 'b', 'abc' < 'abd', 'abc' < 'ab', '' < 'a', 'Z' < 'a', 'é' > 'z')
print('apple' == 'apple', 'apple' != 'Apple', 'a' * 3 == 'aaa')
print(sorted(['banana', 'Apple', 'cherry', 'apple', 'Banana', '123', '_x']))
print(max('hello'), min('hello'), max(['ab', 'b', 'abc']), min('zyx', 'abc', key=len))
print(ord('a'), ord('A'), ord('0'), ord('€'), ord('😀'), chr(97), chr(8364), chr(128512))
print('abc' + 'def', 'ab' * 2 + 'c', ''.join(['x'] * 3))
s = 'hello'
t = s
s += ' world'
print(s, t)
print(str(123), str(1.5), str(None), str([1, '2']), str('x'), repr('x'), str(b'x'))
print(len(''), len('abc'), len('ü'), len('日本語'), len('\n'))
print('abc'.__len__(), 'abc'.__contains__('b'), 'abc'.__getitem__(1), 'ab'.__add__('c'), 'ab'.__mul__(2))
for op in (lambda: 'a' + 1, lambda: 'a' < 1, lambda: 'a' * 'b', lambda: 'a' * 1.5, lambda: 'a' - 'b',
           lambda: -'a', lambda: 1 + 'a'):
    try:
        op()
    except TypeError as e:
        print(type(e).__name__, e)
print(str.upper('x'), str.join('-', 'ab'), str.__name__)
print('a' in 'abc', 'abc'.isupper() or 'ok', 'x' if 'abc' else 'y', bool(''), bool(' '))

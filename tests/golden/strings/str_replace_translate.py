# replace, maketrans and translate.
s = 'one fish two fish red fish blue fish'
print(s.replace('fish', 'cat'), s.replace('fish', 'cat', 2), s.replace('fish', ''), s.replace('x', 'y'))
print('aaa'.replace('a', 'aa'), 'abc'.replace('', '-'), 'abc'.replace('', '-', 2), ''.replace('', 'x'))
print('hello'.replace('l', 'L', 0), 'hello'.replace('l', 'L', -1), 'ababab'.replace('aba', 'X'))
t = str.maketrans('abc', 'xyz')
print(sorted(t.items()), 'aabbcc-abc'.translate(t))
t2 = str.maketrans({'a': '1', 'b': None, 'c': 'three'})
print(sorted(t2.items()), 'abcabc'.translate(t2))
t3 = str.maketrans('ab', 'AB', 'xyz')
print('abxyzba'.translate(t3))
print('hello'.translate({104: 'J', 111: None}), 'hello'.translate({}))
rot13 = str.maketrans('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
                      'NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm')
msg = 'Hello, World!'
enc = msg.translate(rot13)
print(enc, enc.translate(rot13))
try:
    str.maketrans('abc', 'xy')
except ValueError as e:
    print(type(e).__name__, e)
vowels = str.maketrans('', '', 'aeiouAEIOU')
print('Programming In Python'.translate(vowels))

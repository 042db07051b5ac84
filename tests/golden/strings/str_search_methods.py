# find/index/count/startswith/endswith/in.
s = 'the quick brown fox jumps over the lazy dog'
print(s.find('the'), s.find('the', 1), s.find('cat'), s.find(''), s.find('', 100), s.find('o', 5, 15))
print(s.rfind('the'), s.rfind('o'), s.rfind('o', 0, 20), s.rfind('zzz'), s.rfind(''))
print(s.index('quick'), s.rindex('o'), s.index('d', -5))
for meth in (s.index, s.rindex):
    try:
        meth('cat')
    except ValueError as e:
        print(type(e).__name__, e)
print(s.count('o'), s.count('the'), s.count(''), s.count('o', 20), s.count('oo'), 'aaaa'.count('aa'))
print(s.startswith('the'), s.startswith('quick', 4), s.startswith(('a', 't')), s.startswith(''))
print(s.endswith('dog'), s.endswith('lazy', 0, -4), s.endswith(('cat', 'dog')), s.endswith('do', 0, 43))
print('fox' in s, 'cat' in s, '' in s, 'T' in s, ' ' in s)
print('abc'.find('c', -1), 'abc'.find('a', -1), 'abcabc'.find('bc', 2, 5), 'abcabc'.find('bc', 2, 6))
print('mississippi'.count('ss'), 'mississippi'.count('i', 1, -1), 'mississippi'.rfind('ss'))
try:
    s.startswith(['the'])
except TypeError as e:
    print(type(e).__name__, e)
try:
    'a' in 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    5 in 'abc'
except TypeError as e:
    print(type(e).__name__, e)

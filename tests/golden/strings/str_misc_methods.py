# Assorted str behaviour used in everyday code.
words = ['alpha', 'beta', 'gamma', 'delta']
print(', '.join(w.capitalize() for w in words))
print([w[0].upper() + w[1:] for w in words], [w.upper()[:3] for w in words])
sentence = 'The Quick brown fox'
print(sentence.lower().split(), sentence.count(' ') + 1, sentence.index('brown'))
print(sentence.swapcase(), sentence[::-1].title())
acronym = ''.join(w[0] for w in 'portable network graphics'.split()).upper()
print(acronym)
def is_palindrome(s):
    cleaned = ''.join(c.lower() for c in s if c.isalnum())
    return cleaned == cleaned[::-1]
for s in ['A man, a plan, a canal: Panama', 'hello', 'Was it a car or a cat I saw?', '']:
    print(repr(s), is_palindrome(s))
counts = {}
for ch in 'mississippi':
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print('x'.join('abc').split('x'), '::'.join(['', 'a', '']).split('::'))
print('%s has %d chars' % ('hello', len('hello')), 'abc'.encode().hex() if True else '')
print(str(), repr(str()), 'a\nb'.split(), 'ab\tc'.replace('\t', ' ' * 4))
caesar = ''.join(chr((ord(c) - 97 + 3) % 26 + 97) if c.islower() else c for c in 'hello, world xyz')
print(caesar)
print('-'.join(['2024', '01', '05']), '2024-01-05'.split('-'), list(map(int, '2024-01-05'.split('-'))))
print('Name: {:<10} Age: {:>3}'.format('Al', 7), f'{"centered":^20}', '|' + 'x'.rjust(3, '0'))

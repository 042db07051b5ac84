# FOR_ITER_STR: a for loop over a str steps its iterator inline. The same
# loop must give the generic results for non-ASCII text, empty strs, str
# subclasses with their own __iter__, iterators shared with next(), and a
# site that later sees other iterables.

def chars(s):
    out = []
    for c in s:
        out.append(c)
    return out


for text in ['', 'a', 'hello', 'naïve café', '日本語テキスト', 'emoji 🐍🎉 end', '\x00\x7f\x80\uffff\U0010ffff']:
    got = [chars(text) for _ in range(12)][-1]
    print(repr(text), len(got), got == list(text), [ord(c) for c in got][:6])

# The ASCII characters are shared objects; others are equal but fresh.
a = chars('abca')
print(a[0] is a[3], a[0] == 'a', type(a[0]) is str)


class Shout(str):
    def __iter__(self):
        return iter(self.upper())


class Plain(str):
    pass

print(chars(Shout('quiet')), chars(Plain('sub')))

# A site that sees other iterables after warming up on strs.
def mixed(items):
    total = []
    for it in items:
        for x in it:
            total.append(x)
    return total

print(mixed(['ab'] * 20 + [[1, 2], (3,), range(2), 'cd', {'k': 0}, b'xy', iter('zz')])[-12:])

# One iterator shared between the loop and next().
def interleave(s):
    it = iter(s)
    out = []
    for c in it:
        out.append(c + next(it, '-'))
    return out

for _ in range(10):
    r = interleave('abcdefg')
print(r, interleave('ñandú'))

# An exhausted iterator stays exhausted.
it = iter('xyz')
print(list(it), list(it), next(it, 'done'))
for _ in range(20):
    for c in it:
        print('never')
print('break and resume:')
it = iter('resume')
for c in it:
    if c == 's':
        break
print(''.join(it))

# Case conversion methods.
samples = ['hello world', 'HELLO World', "it's a dog's life", 'mIxEd CaSe 123', '', 'ß straße',
           'élan vital', 'x1y2 z3', 'hello-world_foo bar', '  spaced  out  ', "they're bill's friends"]
for s in samples:
    print(repr(s))
    print('  ', repr(s.upper()), repr(s.lower()), repr(s.capitalize()))
    print('  ', repr(s.title()), repr(s.swapcase()), repr(s.casefold()))
print('ﬁ'.upper(), 'İ'.lower() == 'i\u0307')
print('ABC'.lower().upper(), 'Straße'.upper(), 'ΣΑΣ'.lower())

# The is* predicates.
samples = ['abc', 'ABC', 'Abc', 'Abc Def', '123', '12.5', 'abc123', '', ' ', '\t\n', 'a b',
           '½', '²', '٣', 'é', 'Ünïcode', '_name', '1name', 'name_1', 'class', 'Hello World',
           'HELLO WORLD 2', 'hello\x00', 'tab\there', 'a\u0301']
preds = ['isalpha', 'isdigit', 'isdecimal', 'isnumeric', 'isalnum', 'isspace', 'isupper',
         'islower', 'istitle', 'isidentifier', 'isprintable', 'isascii']
print(' '.join(p[2:6] for p in preds))
for s in samples:
    flags = ''.join('T' if getattr(s, p)() else '.' for p in preds)
    print(flags, repr(s))

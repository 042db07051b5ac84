# Every string prefix.
print('plain', "double")
print(r'raw\n', R'raw\t', r"a\\b")
print(u'unicode', U'UNICODE')
print(b'bytes', B'BYTES')
print(rb'raw\bytes', br'raw\bytes', Rb'x\y', bR'x\y', RB'\0', BR'\1')
x = 42
print(f'val={x}', F'VAL={x}')
print(fr'raw {x}\n', rf'raw {x}\t', Fr'{x}\d', fR'{x}\s', RF'{x}\w', FR'{x}\q')
print(repr(r'\''), repr(r"\""))
print(len(r'\n'), len('\n'), len(rb'\n'), len(b'\n'))
print(repr('it\'s'), repr("say \"hi\""), repr('both \' and "'))
print(repr(b"it's"), repr(b'say "hi"'))
print(type(rb'').__name__, type(fr'').__name__, type(u'').__name__)

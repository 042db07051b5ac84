# __repr__, __str__ and __format__.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f'Money({self.cents})'
    def __str__(self):
        return f'${self.cents // 100}.{self.cents % 100:02d}'
    def __format__(self, spec):
        if spec == 'cents':
            return f'{self.cents}c'
        if spec.startswith('>') or spec.startswith('<'):
            return format(str(self), spec)
        return str(self)
m = Money(12345)
print(m, repr(m), str(m), [m], (m,), {'m': m})
print(f'{m}', f'{m!r}', f'{m!s}', f'{m:cents}', f'[{m:>12}]', f'[{m:<12}]', format(m, 'cents'))
print('%s %r' % (m, m), '{} {!r} {:cents}'.format(m, m, m))
class OnlyRepr:
    def __repr__(self):
        return '<OnlyRepr>'
o = OnlyRepr()
print(o, str(o), f'{o}', [o], format(o, ''))
try:
    format(o, 'x')
except TypeError as e:
    print(type(e).__name__, e)
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
class Nested:
    def __init__(self, children):
        self.children = children
    def __repr__(self):
        return f'Nested({self.children!r})'
print(Nested([Nested([]), Nested([1, 'a'])]))
class Temp(float):
    def __format__(self, spec):
        return super().__format__(spec) + '°'
    def __str__(self):
        return f'{self:.1f}'
t = Temp(21.456)
print(t, f'{t:.2f}', repr(t), t + 1)
class Ascii:
    def __repr__(self):
        return 'ünïcode repr'
print(repr(Ascii()), ascii(Ascii()), str(Ascii()))

# string.Formatter: format, vformat, parse, and overriding its steps.
from string import Formatter

f = Formatter()
print(f.format('{0}-{1}-{name}', 'a', 'b', name='n'), f.format('{} {}', 1, 2))
print(f.format('{x.real} {y[1]} {y[0]!r:>5}', x=3, y=['q', 'z']))
print(f.format('{:{w}.{p}f}', 3.14159, w=10, p=2), f.format('{0:^{1}}', 'x', 7), f.format('{{}} {!a}', 'é'))
print(list(f.parse('a{0!r:>3}b{{c}}')), f.vformat('{a}{b}', (), {'a': 1, 'b': 2}))
for s in ['{}', '{0:}', 'a', 'a}}b', 'x{{y', '{a!r}', '{a.b[c]!s:^{w}.{p}f}', '', '{:{}}', '{a[x}]}', '{!:}']:
    print(repr(s), list(f.parse(s)))
for s in ['}', '{', 'a{b', '{!}', '{a!rx}', '{a{}', '{0!', '{a:{b}', '{a}}']:
    try:
        list(f.parse(s))
    except ValueError as e:
        print(repr(s), 'ValueError', e)
for bad in ['{0}{}', '{}{0}', '{0!x}', '{:{:{:{}}}}', '{5}', '{k}', '{0[}']:
    try:
        print(f.format(bad, 1, 2, 3, 4))
    except (ValueError, IndexError, KeyError) as e:
        print(repr(bad), type(e).__name__, e)
print(f.format('{0[a]}{0[0]}', {'a': 'A', 0: 'Z'}), f.format('{0.imag}', 2j))


class Upper(Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return '<%s>' % key
        return super().get_value(key, args, kwargs)


print(Upper().format('{a} and {0} {missing}', 'x', a='hi'))


class Strict(Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = set(kwargs) - used_args
        if unused:
            raise ValueError('unused: %s' % sorted(unused))


print(Strict().format('{a}', a=1))
try:
    Strict().format('{a}', a=1, b=2, c=3)
except ValueError as e:
    print('ValueError', e)


class Conv(Formatter):
    def convert_field(self, value, conversion):
        if conversion == 'u':
            return str(value).upper()
        return super().convert_field(value, conversion)


print(Conv().format('{0!u} {0!r} {0!s}', 'abc'))

# string: constants, capwords, Template.
import string
from string import Template

print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation, repr(string.whitespace), repr(string.printable), len(string.printable))
print(string.capwords(' hello   world  foo '), string.capwords('a-b-c', '-'), string.capwords("it's ok"))
print(string.capwords('MIXED case', None), repr(string.capwords('')))
t = Template('$who likes $what, ${who}s! $$5 cost')
print(t.substitute(who='tim', what='kung pao'))
print(t.substitute({'who': 'a', 'what': 'b'}, what='c'))
print(t.get_identifiers(), t.is_valid(), t.template)
try:
    t.substitute(who='x')
except KeyError as e:
    print('KeyError', e)
for bad in ['$', 'abc $ def', 'line1\nfoo ${ x}', '${x', '$1', 'x\ny\n  $!', '${}']:
    try:
        Template(bad).substitute(x=1)
    except ValueError as e:
        print(repr(bad), 'ValueError', e)
    print(repr(Template(bad).safe_substitute(x=1)), Template(bad).is_valid())
print(Template('$a $b ${c} $$ $').safe_substitute(a=1))
print(Template('$x$y').substitute(x=1, y=2), Template('${x}y').substitute(x=1), Template('$xy').safe_substitute(x=1))


class Pct(Template):
    delimiter = '%'


print(Pct('%who is %% %{what}').substitute(who='me', what='it'))
print(Template('$A_1b.c').substitute(A_1b=5), Template('$_under and $CAPS').substitute(_under=1, CAPS=2))
print(Template('$n items cost $$$p').substitute(n=3, p=9.5), Template('no placeholders').substitute())
print(Template('$a $a $b').get_identifiers(), Template('$a ${b} $').is_valid())

# Global and builtin loads, and calls to builtins and method descriptors, warmed
# up and then invalidated: globals rebound, deleted and recreated, builtins
# shadowed by a module global or replaced in the builtins module, globals()
# edited directly, list.append reached on a list subclass, and method
# descriptors called with the wrong receiver or argument count.
import builtins

N = 2000

def warm(f, *args):
    r = None
    for _ in range(N):
        r = f(*args)
    return r

# --- LOAD_GLOBAL_MODULE: rebound, deleted, recreated ---------------------------
G = 1
def read_g():
    return G

print('global', warm(read_g))
G = 'two'
print('rebound', warm(read_g))
del G
try:
    read_g()
except NameError as e:
    print('NameError', e)
globals()['G'] = 3.0
print('via globals()', warm(read_g))
globals().update({'G': [4], 'H': 5})
print('update', read_g())
globals().pop('G')
try:
    read_g()
except NameError as e:
    print('NameError', e)
G = 6
print('recreated', read_g())

# Adding many unrelated globals (the globals dict grows / is rebuilt).
for i in range(50):
    globals()['filler_%d' % i] = i
print('after growth', warm(read_g), filler_49)
for i in range(50):
    del globals()['filler_%d' % i]
print('after shrink', warm(read_g))

# --- LOAD_GLOBAL_BUILTIN: shadowed by a global, then by builtins itself -----------
def use_abs(x):
    return abs(x)

print('abs', warm(use_abs, -5))
abs = lambda x: 'global abs'
print(use_abs(-5))
del abs
print(use_abs(-6))
real_abs = builtins.abs
builtins.abs = lambda x: 'builtins abs'
print(use_abs(-7))
abs = lambda x: 'global wins'
print(use_abs(-8))
del abs
builtins.abs = real_abs
print(use_abs(-9), warm(use_abs, -10))
del builtins.abs
try:
    use_abs(1)
except NameError as e:
    print('NameError', e)
builtins.abs = real_abs
print(use_abs(-11))
builtins.brand_new = 'new builtin'
def use_new():
    return brand_new
print(use_new())
del builtins.brand_new
try:
    use_new()
except NameError as e:
    print('NameError', e)

# --- CALL_NO_KW_LEN ---------------------------------------------------------------
class Sized:
    def __len__(self):
        return 7

class BadLen:
    def __len__(self):
        return -1

class BigLen:
    def __len__(self):
        return 2 ** 70

def size(x):
    return len(x)

print('len', warm(size, [1, 2, 3]), warm(size, 'abcd'), size((1,)), size({}), size(Sized()), size(range(10)))
for x in (5, None, BadLen(), BigLen()):
    try:
        size(x)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
len = lambda x: 'shadow'
print(size([1]))
del len
print(size([1, 2]))
real_len = builtins.len
builtins.len = lambda x: 'builtins shadow'
print(size([]))
builtins.len = real_len
print(size([]), warm(size, 'xy'))
try:
    len()
except TypeError as e:
    print('TypeError', e)
try:
    len([], [])
except TypeError as e:
    print('TypeError', e)

# --- CALL_NO_KW_ISINSTANCE ---------------------------------------------------------
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == 'magic'

class Magic(metaclass=Meta):
    pass

def check(x, t):
    return isinstance(x, t)

print('isinstance', warm(check, 1, int), warm(check, True, int), check(1.0, int), check(1, (str, int)))
print(check('magic', Magic), check('other', Magic), check(1, object), check(int, type))
try:
    check(1, 5)
except TypeError as e:
    print('TypeError', e)
isinstance = lambda x, t: 'shadowed isinstance'
print(check(1, int))
del isinstance
print(check(1, int))

# --- CALL_BUILTIN_O / CALL_BUILTIN_FAST ------------------------------------------
def one_arg(f, x):
    return f(x)

def two_args(f, x, y):
    return f(x, y)

print('builtin O', warm(one_arg, ord, 'a'), one_arg(chr, 98), one_arg(repr, 'q'), one_arg(len, 'abc'), one_arg(str, 5))
print('builtin FAST', warm(two_args, max, 3, 4), two_args(min, 3, 4), two_args(divmod, -7, 2), two_args(getattr, 1, 'real'), two_args(pow, 2, 100))
for f, args in ((ord, ('ab',)), (ord, (1,)), (chr, (-1,)), (max, ()), (divmod, (1,)), (divmod, (1, 0))):
    try:
        print(f(*args))
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(two_args(lambda x, y: x - y, 1, 2), one_arg(int, '12'), one_arg(sorted, (3, 1, 2)))

# --- CALL_NO_KW_LIST_APPEND ----------------------------------------------------------
class LoudList(list):
    def append(self, x):
        list.append(self, ('loud', x))

def push(lst, x):
    lst.append(x)
    return lst

out = []
for i in range(N):
    push(out, i)
print('append', len(out), out[-1])
print(push(LoudList(), 1), push([], [1]), push(LoudList([0]), 2))
class NotList:
    def append(self, x):
        return 'not a list'
print(push(NotList(), 1).append(2))
try:
    push((), 1)
except AttributeError as e:
    print('AttributeError', e)
try:
    [].append()
except TypeError as e:
    print('TypeError', e)

# --- CALL_NO_KW_METHOD_DESCRIPTOR_O / _NOARGS ------------------------------------
def upper(s):
    return s.upper()

def startswith(s, p):
    return s.startswith(p)

def strip_desc(s):
    return str.strip(s)

print('noargs', warm(upper, 'abc'), upper(b'xyz'), strip_desc('  a  '))
class MyStr(str):
    def upper(self):
        return 'MyStr.upper'
print(upper(MyStr('q')), strip_desc(MyStr(' m ')))
for bad in (5, None, b'  '):
    try:
        print(strip_desc(bad))
    except TypeError as e:
        print('TypeError', e)
print('O', warm(startswith, 'hello', 'he'), startswith('hello', ('x', 'h')), startswith(b'abc', b'a'))
try:
    startswith('abc', 5)
except TypeError as e:
    print('TypeError', e)
try:
    'abc'.upper(1)
except TypeError as e:
    print('TypeError', e)
str_upper = str.upper
try:
    str_upper()
except TypeError as e:
    print('TypeError', e)
print(warm(str_upper, 'z'), list(map(str.lower, ['A', 'B'])))

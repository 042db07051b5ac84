# del on names, items, slices and attributes.
x = 10
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
lst = list(range(10))
del lst[0]
del lst[-1]
del lst[2:4]
del lst[::2]
print(lst)
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)
try:
    del d['zz']
except KeyError as e:
    print(type(e).__name__, e)
class Obj:
    pass
o = Obj()
o.attr = 1
o.other = 2
del o.attr
print(vars(o))
try:
    del o.attr
except AttributeError as e:
    print(type(e).__name__, e)
a, b, c = 1, 2, 3
del a, b
print(c, 'a' in dir(), 'b' in dir())
m = [[1, 2], [3, 4]]
del m[0][1], m[1]
print(m)
def f():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return type(e).__name__ + ': ' + str(e)
print(f())
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
s = 'abc'
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    del undefined_global_name
except NameError as e:
    print(type(e).__name__, e)
[p, q] = [5, 6]
del [p, q]
print('p' in dir(), 'q' in dir())

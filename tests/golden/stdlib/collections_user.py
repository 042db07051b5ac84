# collections.UserDict, UserList, UserString and the collections.abc
# attribute of the collections package.
import collections
from collections import UserDict, UserList, UserString

ud = UserDict(a=1)
ud['b'] = 2
print(ud, len(ud), ud.data, 'a' in ud, ud.get('z'), ud | {'c': 3})
print(sorted(ud.keys()), ud.pop('a'), ud, ud.copy(), type(ud.copy()).__name__)


class Missing(UserDict):
    def __missing__(self, key):
        return key.upper()


m = Missing()
print(m['abc'], len(m))


class Lower(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)


lo = Lower({'A': 1}, B=2)
print(lo, lo.data)

ul = UserList([3, 1, 2])
ul.sort()
ul.append(5)
print(ul, ul[1:], type(ul[1:]).__name__, ul + [6], ul == [1, 2, 3, 5], len(ul))
ul.extend(UserList([0]))
ul.insert(0, -1)
print(ul, ul.pop(), ul.index(3), ul.count(1), ul * 2, [9] + ul, sorted(ul, reverse=True))
ul.reverse()
ul.remove(2)
print(ul, 3 in ul, ul < [9], list(reversed(ul)))

us = UserString('hello')
print(us, us.upper(), us + '!', us[1:3], len(us), 'ell' in us, us.split('l'))
print(us.replace('l', 'L'), us == 'hello', us.startswith('he'), us.find('l'), us.center(9, '*'))
print(us.split(sep='e'), us * 2, 'x' + us, us.capitalize(), us.isalpha(), repr(us))
print(isinstance(us, collections.abc.Sequence), isinstance(ud, collections.abc.MutableMapping))
print(collections.abc.Mapping, issubclass(collections.OrderedDict, dict))
print(sorted(collections.__all__))

# A __slots__ descriptor applies only to instances of its own class: using it
# on another class's instance must not read or write that instance's slots.
class S:
    __slots__ = ('a',)


class O:
    __slots__ = ('z', 'a')


class Sub(S):
    __slots__ = ('b',)


o = O()
for action in ('set', 'get', 'delete'):
    try:
        if action == 'set':
            S.a.__set__(o, 1)
        elif action == 'get':
            S.a.__get__(o, O)
        else:
            S.a.__delete__(o)
    except TypeError as e:
        print(action, 'TypeError:', e)
print(hasattr(o, 'z'))
s = Sub()
S.a.__set__(s, 5)
print(S.a.__get__(s, Sub), s.a)
S.a.__delete__(s)
print(hasattr(s, 'a'))
print(S.a.__get__(None, S) is S.a)

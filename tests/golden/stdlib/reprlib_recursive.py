# reprlib: recursive_repr and the size-limited Repr.
import reprlib
from reprlib import recursive_repr, Repr


class MyList(list):
    @recursive_repr()
    def __repr__(self):
        return '<' + '|'.join(map(repr, self)) + '>'


m = MyList([1, 2])
m.append(m)
print(repr(m), MyList.__repr__.__name__)


class Node:
    def __init__(self):
        self.child = None

    @recursive_repr('<loop>')
    def __repr__(self):
        return 'Node(%r)' % (self.child,)


n = Node()
n.child = n
print(n)
a, b = Node(), Node()
a.child = b
b.child = a
print(a, b)
print(reprlib.repr(list(range(20))), reprlib.repr('x' * 100))
print(reprlib.repr({i: i for i in range(10)}), reprlib.repr(set(range(10))))
print(reprlib.repr(10 ** 50), reprlib.repr((1, 2, 3, 4, 5, 6, 7)), reprlib.repr([[[[[[[1]]]]]]]))
print(reprlib.repr(frozenset('abcdefgh')), reprlib.repr(()), reprlib.repr((1,)), reprlib.repr(set()))
r = Repr()
r.maxlist = 2
r.maxstring = 10
print(r.repr([1, 2, 3]), r.repr('abcdefghijklmnop'), r.repr(['abcdefghijklmnop']))
r.maxlevel = 1
print(r.repr([[1], [2]]), r.repr({'a': {'b': 1}}))

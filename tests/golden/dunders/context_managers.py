# __enter__ and __exit__, exception handling in with-blocks.
class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print('exit', self.name, exc_type.__name__ if exc_type else None, exc, tb is not None)
        return self.suppress
with Resource('a') as value:
    print('inside with', value)
with Resource('b', suppress=True):
    raise ValueError('swallowed')
print('after suppressed error')
try:
    with Resource('c'):
        raise KeyError('propagates')
except KeyError as e:
    print('caught', repr(e))
with Resource('outer') as o, Resource('inner') as i:
    print('both', o, i)
try:
    with Resource('x') as x, Resource('y', suppress=True) as y:
        raise RuntimeError('inner suppresses')
    print('continues after inner suppression')
except RuntimeError:
    print('not reached')
def early_return():
    with Resource('ret'):
        return 'returned value'
print(early_return())
for i in range(3):
    with Resource(f'loop{i}'):
        if i == 1:
            continue
        if i == 2:
            break
        print('body', i)
class Timer:
    def __init__(self):
        self.events = []
    def __enter__(self):
        self.events.append('start')
        return self
    def __exit__(self, *args):
        self.events.append('stop')
with Timer() as t:
    t.events.append('work')
print(t.events)
class NoEnter:
    def __exit__(self, *a):
        pass
try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise TypeError('from __exit__')
try:
    with ExitRaises():
        raise ValueError('original')
except TypeError as e:
    print(type(e).__name__, e, type(e.__context__).__name__, e.__context__)
class Transaction:
    def __init__(self, store):
        self.store = store
    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store
    def __exit__(self, et, ev, tb):
        if et is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print('rolled back due to', et.__name__)
            return True
        print('committed')
db = {'balance': 100}
with Transaction(db) as s:
    s['balance'] -= 30
with Transaction(db) as s:
    s['balance'] -= 500
    raise ValueError('insufficient')
print(db)

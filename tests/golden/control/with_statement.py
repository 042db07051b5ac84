# with statement forms.
class CM:
    def __init__(self, name, log):
        self.name = name
        self.log = log
    def __enter__(self):
        self.log.append('enter ' + self.name)
        return self
    def __exit__(self, et, ev, tb):
        self.log.append('exit ' + self.name + (' with ' + et.__name__ if et else ''))
        return False
log = []
with CM('a', log):
    log.append('body a')
with CM('b', log) as b, CM('c', log) as c:
    log.append(f'body {b.name}{c.name}')
with (CM('d', log) as d,
      CM('e', log)):
    log.append('parenthesized ' + d.name)
try:
    with CM('f', log):
        raise ValueError('inside f')
except ValueError:
    log.append('caught after f')
for entry in log:
    print(entry)
class Pair:
    def __enter__(self):
        return (1, 2)
    def __exit__(self, *a):
        pass
with Pair() as (first, second):
    print(first, second)
holder = {}
with Pair() as holder['pair']:
    pass
print(holder)
def use():
    log2 = []
    for i in range(3):
        with CM(str(i), log2):
            if i == 1:
                continue
            log2.append('body ' + str(i))
    return log2
print(use())
def nested_return():
    log3 = []
    with CM('outer', log3):
        with CM('inner', log3):
            return log3
print(nested_return())
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return None
    def __exit__(self, et, ev, tb):
        return et is not None and issubclass(et, self.types)
with Suppress(KeyError, IndexError):
    {}['missing']
print('KeyError suppressed')
with Suppress(KeyError) as nothing:
    pass
print(nothing)
try:
    with Suppress(KeyError):
        [][1]
except IndexError as e:
    print('IndexError not suppressed:', e)

# Call benchmark: keyword-heavy calls.
#
# Calls that bind arguments by keyword: defaults left out or given, keyword
# arguments in any order, keyword-only parameters, **kwargs collectors,
# *args, positional-only parameters, ** unpacking of a dict at the call site,
# keyword calls of methods and of classes (__init__ with keywords).


def area(width, height=1, *, scale=1, offset=0):
    return width * height * scale + offset


def span(start, stop=None, step=1):
    if stop is None:
        start, stop = 0, start
    return (stop - start) // step


def options(**kw):
    return len(kw) + kw.get('level', 0)


def mixed(a, b=2, *args, c, d=4, **kw):
    return a + b + len(args) + c + d + len(kw)


def posonly(x, y, /, z=3, *, w=4):
    return x * y + z - w


def record(name, *, kind='plain', size=0, tags=(), active=True):
    return (len(name) + size + len(tags)) if active else -size


class Box:
    def __init__(self, w, h, *, depth=1, label=''):
        self.w = w
        self.h = h
        self.depth = depth
        self.label = label

    def volume(self, *, scale=1):
        return self.w * self.h * self.depth * scale

    def resize(self, dw=0, dh=0, *, keep_label=True):
        return Box(self.w + dw, self.h + dh, depth=self.depth,
                   label=self.label if keep_label else '')


def main():
    t = 0
    for i in range(150000):
        t += area(i % 7)
        t += area(i % 7, 3)
        t += area(width=i % 5, height=2)
        t += area(height=i % 3, width=4, scale=2)
        t += area(2, 2, offset=i % 11)
        t %= 1000000007
    print('area', t)

    s = 0
    for i in range(150000):
        s += span(i % 50) + span(3, i % 50 + 3) + span(start=1, stop=40, step=i % 5 + 1)
        s += span(stop=10, start=i % 10)
    print('span', s)

    o = 0
    for i in range(90000):
        o += options() + options(level=i % 4) + options(a=1, b=2, level=1, c=3)
    print('options', o)

    cfg = {'c': 5, 'd': 6, 'extra': 1}
    m = 0
    for i in range(90000):
        m += mixed(1, c=3) + mixed(1, 2, 3, 4, c=i % 3) + mixed(a=1, c=2, z=9)
        m += mixed(i % 4, **cfg) + mixed(*(1, 2, 3), **cfg)
    print('mixed', m)

    p = 0
    for i in range(150000):
        p += posonly(i % 9, 2) + posonly(1, 2, z=i % 4) + posonly(1, 2, 3, w=0)
    print('posonly', p)

    r = 0
    names = ['ab', 'cde', 'f']
    for i in range(90000):
        n = names[i % 3]
        r += record(n) + record(n, size=i % 10) + record(n, tags=('x', 'y'), kind='k')
        r += record(name=n, active=False, size=3)
    print('record', r)

    v = 0
    box = Box(2, 3, depth=4, label='b')
    for i in range(40000):
        b = box.resize(dw=i % 3, keep_label=False)
        v += b.volume() + b.volume(scale=2) + Box(w=1, h=i % 5).volume(scale=3)
    print('boxes', v, box.label, box.resize(1, 1).label)
    try:
        area(1, 2, 3)
    except TypeError as e:
        print('TypeError:', e)
    try:
        posonly(x=1, y=2)
    except TypeError as e:
        print('TypeError:', e)
    try:
        mixed(1)
    except TypeError as e:
        print('TypeError:', e)


main()

# Attribute sites shared by a class hierarchy (the caches retarget to the
# owner's type when it resolves the name the same way) and plain class
# attributes rebound while their caches live (only the value caches move).


class Base:
    kind = 'base'
    count = 0

    def __init__(self, n):
        Base.count += 1
        self.n = n
        self.serial = Base.count

    @property
    def double(self):
        return self.n * 2

    def describe(self):
        return '%s:%d' % (self.kind, self.n)


class Left(Base):
    kind = 'left'


class Right(Base):
    def __init__(self, n):
        self.extra = -n
        super().__init__(n)


class Shadow(Base):
    # A property named like the instance attribute the shared site reads:
    # the site must not read the instance dict for these.
    @property
    def n(self):
        return 1000

    @n.setter
    def n(self, v):
        self.__dict__['raw'] = v


class Override(Base):
    def describe(self):
        return 'override'

    @property
    def double(self):
        return 'no double'


class NoDict:
    __slots__ = ('n',)

    def __init__(self, n):
        self.n = n

    def describe(self):
        return 'slots %d' % self.n


def read_n(o):
    return o.n


def read_double(o):
    return o.double


def call_describe(o):
    return o.describe()


def store_n(o, v):
    o.n = v
    return o.n


def kind_of(o):
    return o.kind


objs = [Base(1), Left(2), Right(3), Base(4), Shadow(5), Override(6), NoDict(7), Left(8)]
for round_ in range(3):
    print([read_n(o) for o in objs])
    print([read_double(o) if not isinstance(o, NoDict) else '-' for o in objs])
    print([call_describe(o) for o in objs])
    print([store_n(o, i * 10 + round_) for i, o in enumerate(objs)])
    print([kind_of(o) if not isinstance(o, NoDict) else '-' for o in objs])

# A method replaced on a subclass after the site has seen it.
for i in range(6):
    if i == 3:
        Left.describe = lambda self: 'patched'
    print(call_describe(objs[1]), call_describe(objs[0]))

# Plain class attributes rebound at runtime: sites reading them see the
# new value, on the class and through instances, in subclasses too.
def class_count():
    return Base.count


def inst_kind(o):
    return o.kind


b = Base(0)
r = Right(0)
for i in range(6):
    Base.count += 1
    Base.kind = 'base%d' % i
    print(class_count(), inst_kind(b), inst_kind(r), Right.count, r.serial)

# Rebinding a plain value to a descriptor (and back) changes the lookup kind.
for i in range(6):
    if i == 2:
        Base.kind = property(lambda self: 'prop-kind')
    if i == 4:
        Base.kind = 'plain-again'
    print(inst_kind(b), inst_kind(r))

# An instance attribute shadowing a rebound class attribute.
b.kind = 'mine'
for i in range(4):
    Base.kind = 'k%d' % i
    print(inst_kind(b), inst_kind(Base(9)))

# A subclass attribute added later shadows the base's plain value.
for i in range(4):
    if i == 2:
        Right.kind = 'right-own'
    print(inst_kind(r), Right.kind)

# Deleting a rebound class attribute.
class Counter:
    value = 0


def counter_value(o):
    return o.value


c = Counter()
for i in range(5):
    if i == 3:
        del Counter.value
        try:
            counter_value(c)
        except AttributeError as e:
            print('AttributeError', e)
        Counter.value = 'back'
    else:
        Counter.value = i
    print(counter_value(c), Counter.value)

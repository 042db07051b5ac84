# abc: ABC, ABCMeta, abstractmethod, register, __subclasshook__.
import abc
from abc import ABC, ABCMeta, abstractmethod, get_cache_token


class Base(ABC):
    @abstractmethod
    def run(self):
        ...

    @abstractmethod
    def stop(self):
        ...

    @property
    @abstractmethod
    def name(self):
        ...

    def describe(self):
        return 'I am ' + self.name


print(sorted(Base.__abstractmethods__))
try:
    Base()
except TypeError as e:
    print('TypeError', e)


class Half(Base):
    def run(self):
        return 'running'


try:
    Half()
except TypeError as e:
    print('TypeError', e)


class Full(Half):
    def stop(self):
        return 'stopped'

    @property
    def name(self):
        return 'full'


f = Full()
print(f.run(), f.stop(), f.name, f.describe(), Full.__abstractmethods__)
print(isinstance(f, Base), issubclass(Full, Base), issubclass(int, Base))


class Proto(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Proto:
            return hasattr(C, 'quack') or NotImplemented
        return NotImplemented


class Duck:
    def quack(self):
        pass


print(isinstance(Duck(), Proto), issubclass(int, Proto))
t = get_cache_token()
Proto.register(int)
print(issubclass(int, Proto), isinstance(3, Proto), isinstance(True, Proto), get_cache_token() - t)
print(Proto.register(float) is float)
try:
    Proto.register(3)
except TypeError as e:
    print('TypeError', e)


class Sub(Proto):
    pass


try:
    Sub.register(Proto)
except RuntimeError as e:
    print('RuntimeError', e)
print(type(ABC), ABC.__slots__, type(Base).__name__)
try:
    issubclass(3, Proto)
except TypeError as e:
    print('TypeError', e)


@Base.register
class Virtual:
    pass


print(issubclass(Virtual, Base), isinstance(Virtual(), Base), Virtual.__mro__)


class OnlyOne(ABC):
    @abstractmethod
    def a(self):
        pass


try:
    OnlyOne()
except TypeError as e:
    print('TypeError', e)


class WithClassMethod(ABC):
    @classmethod
    @abstractmethod
    def make(cls):
        pass

    @staticmethod
    @abstractmethod
    def helper():
        pass


print(sorted(WithClassMethod.__abstractmethods__))


class Meta2(ABCMeta):
    pass


class Custom(metaclass=Meta2):
    @abstractmethod
    def go(self):
        pass


class Impl(Custom):
    def go(self):
        return 'go'


print(Impl().go(), type(Custom).__name__, sorted(Custom.__abstractmethods__))


def late(self):
    return 'late'


class Later(ABC):
    @abstractmethod
    def m(self):
        pass


class LaterImpl(Later):
    pass


LaterImpl.m = late
abc.update_abstractmethods(LaterImpl)
print(LaterImpl().m(), LaterImpl.__abstractmethods__)
print(abstractmethod(lambda: 0).__isabstractmethod__)

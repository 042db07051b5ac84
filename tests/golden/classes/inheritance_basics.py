# Single and multiple inheritance, method overriding.
class Animal:
    sound = '...'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f'{self.name} says {self.sound}'
    def describe(self):
        return f'{type(self).__name__}({self.name})'
class Dog(Animal):
    sound = 'woof'
class Puppy(Dog):
    def speak(self):
        return super().speak() + '!!'
class Cat(Animal):
    sound = 'meow'
    def __init__(self, name, indoor=True):
        super().__init__(name)
        self.indoor = indoor
for a in [Animal('generic'), Dog('rex'), Puppy('bit'), Cat('tom', False)]:
    print(a.speak(), '|', a.describe(), '|', isinstance(a, Dog), isinstance(a, Animal))
print(Cat('kit').indoor, Puppy.__bases__, Puppy.__mro__)
print(issubclass(Puppy, Animal), issubclass(Cat, Dog), Dog.sound, Puppy.sound)
class Flyer:
    def move(self):
        return 'fly'
    def fuel(self):
        return 'flyer fuel'
class Swimmer:
    def move(self):
        return 'swim'
    def depth(self):
        return 10
class Duck(Flyer, Swimmer):
    pass
class Penguin(Swimmer, Flyer):
    def move(self):
        return 'waddle and ' + Swimmer.move(self)
d, p = Duck(), Penguin()
print(d.move(), d.depth(), d.fuel(), p.move(), p.fuel())
print([c.__name__ for c in Duck.__mro__], [c.__name__ for c in Penguin.__mro__])
class Base:
    def template(self):
        return self.step1() + '-' + self.step2()
    def step1(self):
        return 'base1'
    def step2(self):
        return 'base2'
class Impl(Base):
    def step2(self):
        return 'impl2'
print(Impl().template(), Base().template())
print(object.__bases__, Animal.__bases__, type(Animal), type(Dog('x')) is Dog)

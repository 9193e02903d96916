from dataclasses import dataclass, field, fields, replace, asdict


@dataclass
class Animal:
    name: str
    sound: str = '...'

    def speak(self):
        return f'{self.name} says {self.sound}'


@dataclass
class Dog(Animal):
    sound: str = 'woof'
    tricks: int = 0


d = Dog('Rex')
print(d, d.speak(), [f.name for f in fields(Dog)], isinstance(d, Animal))
print(Dog('Fido', tricks=3), Animal('cat') == Dog('cat'))

for make in [lambda: Dog(), lambda: Dog('a', 'b', 'c', 'd'), lambda: Dog('a', zzz=1), lambda: Dog('a', name='b')]:
    try:
        make()
    except TypeError as e:
        print(type(e).__name__, e)


@dataclass
class Two:
    a: int
    b: int


try:
    Two()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Two(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Bad:
        x: int = 0
        y: int
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class BadDefault:
        items: list = []
except ValueError as e:
    print(type(e).__name__, e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print(type(e).__name__, e)
try:
    fields(3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    asdict(Two)
except TypeError as e:
    print(type(e).__name__, e)
try:
    replace(Two(1, 2), c=3)
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class Cfg:
    a: int
    b: int = field(init=False, default=5)


try:
    replace(Cfg(1), b=3)
except ValueError as e:
    print(type(e).__name__, e)
print(replace(Cfg(1), a=2))

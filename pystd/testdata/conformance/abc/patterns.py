from abc import ABC, abstractmethod
from collections.abc import Sized


class Repository(ABC):
    @abstractmethod
    def get(self, key):
        """Fetch one item."""

    @abstractmethod
    def put(self, key, value):
        ...

    def get_or(self, key, default):
        try:
            return self.get(key)
        except KeyError:
            return default


class MemoryRepo(Repository):
    def __init__(self):
        self.data = {}

    def get(self, key):
        return self.data[key]

    def put(self, key, value):
        self.data[key] = value


r = MemoryRepo()
r.put('a', 1)
print(r.get('a'), r.get_or('b', 0), isinstance(r, Repository))
try:
    Repository()
except TypeError as e:
    print(type(e).__name__, e)


class Animal(ABC):
    @abstractmethod
    def speak(self) -> str:
        raise NotImplementedError

    @classmethod
    def create(cls):
        return cls()


class Dog(Animal):
    def speak(self):
        return 'Woof'


class Puppy(Dog):
    pass


print(Dog.create().speak(), Puppy().speak(), issubclass(Puppy, Animal))
try:
    Animal.create()
except TypeError as e:
    print(e)


class Bag(Sized, ABC):
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


print(len(Bag(3)), isinstance(Bag(1), Sized))


class Plugin(ABC):
    @abstractmethod
    def name(self): ...


class Good(Plugin):
    def name(self):
        return 'good'


plugins = [Good()]
print([p.name() for p in plugins], Plugin.__abstractmethods__ == frozenset({'name'}))


class Shape(ABC):
    @property
    @abstractmethod
    def area(self): ...

    @classmethod
    @abstractmethod
    def make(cls): ...

    @staticmethod
    @abstractmethod
    def kind(): ...


try:
    Shape()
except TypeError as e:
    print(e)


class Sq(Shape):
    @property
    def area(self):
        return 4

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def kind():
        return 'sq'


print(Sq.make().area, Sq.kind())


class HalfSq(Shape):
    @property
    def area(self):
        return 2


try:
    HalfSq()
except TypeError as e:
    print(e)

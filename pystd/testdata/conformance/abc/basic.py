from abc import ABC, ABCMeta, abstractmethod
import abc


class Shape(ABC):
    @abstractmethod
    def area(self):
        pass

    @abstractmethod
    def perimeter(self):
        pass

    def describe(self):
        return f'{type(self).__name__} with area {self.area()}'


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2

    def perimeter(self):
        return 4 * self.s


class Half(Shape):
    def area(self):
        return 1


for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print(type(e).__name__, e)
sq = Square(3)
print(sq.area(), sq.perimeter(), sq.describe(), isinstance(sq, Shape), issubclass(Square, ABC))
print(Shape.__abstractmethods__ == frozenset({'area', 'perimeter'}), sorted(Half.__abstractmethods__), Square.__abstractmethods__)


class Base(metaclass=ABCMeta):
    @abstractmethod
    def run(self): ...


class Impl(Base):
    def run(self):
        return 'ran'


print(Impl().run(), type(Base).__name__, isinstance(Impl(), Base))
try:
    Base()
except TypeError as e:
    print(e)


class Duck:
    def run(self):
        return 'quack'


Base.register(Duck)
print(isinstance(Duck(), Base), issubclass(Duck, Base), issubclass(int, Base))
print(abc.ABC, abc.ABCMeta)

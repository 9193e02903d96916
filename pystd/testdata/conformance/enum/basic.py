from enum import Enum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(Color(1), Color['GREEN'], Color(3) is Color.BLUE)
print(list(Color), len(Color), Color)
for c in Color:
    print(c.name, c.value)
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE, Color.RED is Color.RED)
print(Color.RED in Color, isinstance(Color.RED, Color), type(Color.RED))
print({Color.RED: 'stop', Color.GREEN: 'go'}[Color.GREEN])
print(hash(Color.RED) == hash(Color.RED), f'{Color.RED}', f'{Color.RED!r}', str(Color.BLUE))
print(Color.__members__)
print(list(Color.__members__), list(reversed(Color)))
print(sorted(Color, key=lambda c: c.value, reverse=True))
print(Color.RED.__class__.__name__, type(Color).__name__)


class Weekday(Enum):
    MONDAY = auto()
    TUESDAY = auto()
    WEDNESDAY = auto()


print(list(Weekday), Weekday.TUESDAY.value)


class Status(Enum):
    ACTIVE = 'active'
    INACTIVE = 'inactive'

    def describe(self):
        return f'{self.name.lower()} ({self.value})'

    @classmethod
    def default(cls):
        return cls.ACTIVE

    @property
    def is_on(self):
        return self is Status.ACTIVE


print(Status('active'), Status.ACTIVE.describe(), Status.default(), Status.INACTIVE.is_on)
print(repr(Status.ACTIVE))


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2


print(Shape.ALIAS_FOR_SQUARE, Shape.ALIAS_FOR_SQUARE is Shape.SQUARE, list(Shape))
print(list(Shape.__members__), Shape(2))
print(repr(Color.__members__))
for name, member in Color.__members__.items():
    print(name, member)
print(len(Color.__members__), 'RED' in Color.__members__, Color.__members__['GREEN'])

from enum import Enum, IntEnum, unique


class Color(Enum):
    RED = 1
    GREEN = 2


for bad in [3, 'red', None]:
    try:
        Color(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    Color['PINK']
except KeyError as e:
    print(type(e).__name__, e)
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print(type(e).__name__, e)
try:
    class More(Color):
        PINK = 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 3
        FOUR = 3
        UNO = 1
except ValueError as e:
    print(type(e).__name__, e)
try:
    Color.RED = 5
except AttributeError as e:
    print(type(e).__name__, e)


@unique
class Fine(Enum):
    A = 1
    B = 2


print(list(Fine))


class Level(IntEnum):
    LOW = 1
    HIGH = 2


try:
    Level(5)
except ValueError as e:
    print(type(e).__name__, e)


class Missing(Enum):
    A = 'a'

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str) and value.lower() == 'a':
            return cls.A
        return None


print(Missing('A'))
try:
    Missing('b')
except ValueError as e:
    print(type(e).__name__, e)
for attr in ('value', 'name'):
    try:
        setattr(Color.RED, attr, 5)
    except AttributeError as e:
        print(type(e).__name__, e)
print(Color.RED.value, Color.RED.name)

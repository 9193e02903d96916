from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


print(Priority.LOW, repr(Priority.LOW), str(Priority.HIGH), f'{Priority.MEDIUM}')
print(Priority.LOW < Priority.HIGH, Priority.HIGH == 3, Priority.LOW + 1, int(Priority.MEDIUM))
print(sorted([Priority.HIGH, Priority.LOW, Priority.MEDIUM]), max(Priority))
print(Priority(2), [p.name for p in Priority], isinstance(Priority.LOW, int))


class Mood(str, Enum):
    HAPPY = 'happy'
    SAD = 'sad'


print(Mood.HAPPY, repr(Mood.HAPPY), Mood.HAPPY == 'happy', Mood('sad'), Mood.SAD.upper())


class Direction(StrEnum):
    NORTH = auto()
    SOUTH = auto()


print(Direction.NORTH, repr(Direction.NORTH), Direction.NORTH == 'north', f'{Direction.SOUTH}')


class Perm(Flag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, bool(rw), list(rw))
print(repr(Perm(0)), bool(Perm(0)), repr(~Perm.R), repr(rw & Perm.R), repr(rw ^ Perm.R))
print(Perm(6) is rw, Perm(7), Perm.R.value, rw.value)


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()


print(list(Color), [c.value for c in Color], repr(Color.RED | Color.BLUE))


class Open(IntFlag):
    READ = 1
    WRITE = 2
    APPEND = 4


mode = Open.READ | Open.WRITE
print(mode, repr(mode), mode == 3, Open.READ in mode, mode & Open.APPEND, repr(Open(8)))
print(Open.WRITE + 1, int(mode), repr(Open.READ))

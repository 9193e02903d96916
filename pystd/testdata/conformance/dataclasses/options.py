from dataclasses import dataclass, field, FrozenInstanceError
from typing import ClassVar


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0


vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9)]
print(sorted(vs))
print(Version(1, 2) < Version(1, 3), Version(2) > Version(1, 9, 9), Version(1) <= Version(1), Version(1) >= Version(2))
print(max(vs), min(vs))


@dataclass(frozen=True)
class Color:
    r: int
    g: int
    b: int

    def hex(self):
        return '#%02x%02x%02x' % (self.r, self.g, self.b)


c = Color(255, 128, 0)
print(c, c.hex(), hash(c) == hash(Color(255, 128, 0)), {c: 'orange'}[Color(255, 128, 0)])
try:
    c.r = 0
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    del c.g
except AttributeError as e:
    print(type(e).__name__, e)
print(issubclass(FrozenInstanceError, AttributeError))


@dataclass(eq=False)
class Node:
    value: int


print(Node(1) == Node(1), Node(1).value)


@dataclass(repr=False)
class Secret:
    token: str


print(repr(Secret('x')).startswith('<__main__.Secret object at'))


@dataclass
class Counter:
    total: ClassVar[int] = 0
    name: str = 'c'

    def __post_init__(self):
        Counter.total += 1


Counter()
Counter('d')
print(Counter.total, Counter(), [f for f in Counter.__dataclass_fields__])


@dataclass(unsafe_hash=True)
class Key:
    a: int
    b: str = field(compare=False)


print(hash(Key(1, 'x')) == hash(Key(1, 'y')), Key(1, 'x') == Key(1, 'y'))


@dataclass
class Mutable:
    x: int


try:
    hash(Mutable(1))
except TypeError as e:
    print(type(e).__name__, e)


@dataclass(kw_only=True)
class Config:
    host: str
    port: int = 8080


print(Config(host='h'), Config(port=1, host='x'))
try:
    Config('h')
except TypeError as e:
    print(type(e).__name__, e)

from dataclasses import dataclass
from weakref import ref


@dataclass(slots=True)
class NormalEvent:
    id: int


n = NormalEvent(1)
try:
    r = ref(n)
except TypeError as e:
    print('TypeError:', e)


@dataclass(weakref_slot=True, slots=True)
class Event:
    id: int


event = Event(1)
r = ref(event)
print(r() is event, r().id, Event.__slots__, NormalEvent.__slots__)


@dataclass(slots=True)
class Child(Event):
    name: str = 'x'


print(Child.__slots__)
ref(Child(2))
try:
    @dataclass(weakref_slot=True)
    class Bad:
        x: int
except TypeError as e:
    print('TypeError:', e)
del event
print(r())

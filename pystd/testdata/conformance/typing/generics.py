from typing import TypeVar, Generic, Protocol, List, Optional, Iterator, runtime_checkable

T = TypeVar('T')


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), list(s), type(s).__name__)
print(Stack.__mro__)
print(Stack[int])


class Box(Generic[T]):
    def __init__(self, content: T):
        self.content = content

    def get(self) -> T:
        return self.content


print(Box(3).get(), Box[str]('x').get())


class Greeter(Protocol):
    def greet(self) -> str:
        ...


class English:
    def greet(self) -> str:
        return 'Hello'


def welcome(g: Greeter) -> None:
    print(g.greet())


welcome(English())
print(Greeter.__mro__)


def first(xs: List[T]) -> Optional[T]:
    return xs[0] if xs else None


print(first([3, 4]), first([]))

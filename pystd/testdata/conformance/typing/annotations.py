from typing import List, Dict, Optional, Union, Callable, Any, Tuple, TYPE_CHECKING, cast, overload
import typing

if TYPE_CHECKING:
    print('never')


def greet(name: str, times: int = 1) -> str:
    return ' '.join(['hi ' + name] * times)


def total(xs: List[float]) -> float:
    return sum(xs)


def find(d: Dict[str, int], key: str) -> Optional[int]:
    return d.get(key)


def apply(f: Callable[[int], int], x: int) -> int:
    return f(x)


def parse(v: Union[int, str]) -> int:
    return int(v)


Vector = List[float]
Point = Tuple[int, int]
Handler = Callable[..., Any]


def scale(s: float, v: Vector) -> Vector:
    return [s * x for x in v]


print(greet('bob', 2), total([1.5, 2.5]), find({'a': 1}, 'a'), find({}, 'b'))
print(apply(lambda n: n * 2, 21), parse('7'), scale(2.0, [1.0, 2.0]))
print(Vector, Point, Handler)
print(cast(int, '3'), cast('List[int]', [1]), cast(List[int], (1,)))


class Inventory:
    items: List[str]
    count: int = 0

    def __init__(self) -> None:
        self.items = []

    def add(self, item: str) -> 'Inventory':
        self.items.append(item)
        self.count += 1
        return self


inv = Inventory().add('apple').add('pear')
print(inv.items, inv.count, list(Inventory.__annotations__))


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


print(double(2), double('ab'))
x: Optional[int] = None
y: 'List[int]' = [1, 2]
print(x, y)
print(typing.get_type_hints(Inventory))

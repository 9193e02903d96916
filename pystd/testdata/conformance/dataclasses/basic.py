from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass
from typing import List, Optional


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, Point(3), Point(x=4, y=5), Point(y=1, x=2))
print(p.x, p.y, p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == (1, 2))
print(repr(p), str(p), [p])
p.x = 10
print(p)
print(fields(Point)[0].name, fields(Point)[0].type, [f.name for f in fields(p)])
print(fields(Point)[1].default, fields(Point)[0].init, fields(Point)[0].repr)
print(asdict(p), astuple(p), replace(p, y=99), p)
print(is_dataclass(Point), is_dataclass(p), is_dataclass(3))
print(Point.__annotations__ == {'x': int, 'y': int} or list(Point.__annotations__))


@dataclass
class Inventory:
    name: str
    items: List[str] = field(default_factory=list)
    count: int = field(default=0, repr=False)
    note: Optional[str] = None


a = Inventory('a')
b = Inventory('b')
a.items.append('apple')
print(a, b, a.count)
print(asdict(a))


@dataclass
class Nested:
    origin: Point
    points: List[Point] = field(default_factory=list)


n = Nested(Point(0, 0), [Point(1, 1), Point(2, 2)])
print(n)
print(asdict(n))
print(astuple(n))


@dataclass()
class Empty:
    pass


print(Empty(), Empty() == Empty())


@dataclass
class WithPost:
    a: float
    b: float
    total: float = field(init=False)

    def __post_init__(self):
        self.total = self.a + self.b


w = WithPost(1.5, 2.5)
print(w, w.total)


@dataclass
class Product:
    name: str
    price: float
    quantity: int = 1

    def total(self) -> float:
        return self.price * self.quantity


items = [Product('pen', 1.5, 4), Product('book', 12.0)]
print(items, sum(i.total() for i in items))
print(sorted(items, key=lambda i: i.price))

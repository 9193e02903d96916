import asyncio
from dataclasses import dataclass
from typing import Generic, TypeVar, List

def deco(tag):
    def d(f):
        def w(*a, **k):
            return (tag, f(*a, **k))
        w.__name__ = f.__name__
        return w
    return d

@deco("x")
def ident[T](x: T, y: int = 2) -> T:
    return x
print(ident(5), ident(5, y=3))

async def agen[T](x: T) -> T:
    await asyncio.sleep(0)
    return x
print(asyncio.run(agen("a")))

class Base:
    def hello(self):
        return "base"

class Child[T](Base):
    kind = "child"
    def hello(self) -> str:
        return "child+" + super().hello()
    def typ(self):
        return Child.__type_params__
print(Child().hello(), Child().typ(), Child.kind, Child.__name__)

class Holder:
    def meth[T](self, x: T) -> list:
        return [x, super().__repr__()[:7]]
print(Holder().meth(1))

@dataclass
class Pair[A, B]:
    first: A
    second: B
    def swap(self) -> "Pair[B, A]":
        return Pair(self.second, self.first)
p = Pair(1, "x")
print(p, p.swap(), Pair.__type_params__)

def make():
    type Local = int
    def inner[T](v: T) -> T:
        return v
    return Local, Local.__value__, inner(3), inner.__type_params__
print(make())

class Stack[T]:
    def __init__(self) -> None:
        self.items: list[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
    def __len__(self):
        return len(self.items)
s = Stack[int]()
s.push(1); s.push(2)
print(s.pop(), len(s), isinstance(s, Stack))

def clamp[N: (int, float)](x: N, lo: N, hi: N) -> N:
    return max(lo, min(x, hi))
print(clamp(5, 0, 3), clamp.__type_params__[0].__constraints__)

class Tree[T]:
    class Node:
        pass
    def f(self):
        return [T for _ in range(2)]
print(Tree().f(), Tree.Node.__qualname__)

def counter[T](xs: list[T]) -> dict:
    seen = {}
    def add(x):
        seen[x] = seen.get(x, 0) + 1
    for x in xs:
        add(x)
    return seen
print(counter(["a", "b", "a"]))
type Json = dict[str, "Json"] | list["Json"] | str | int | None
print(Json, Json.__name__)

from typing import List, Tuple, Union
type Point = Tuple[float, float]
print(Point, type(Point), Point.__name__, Point.__value__, Point.__type_params__, Point.__module__)
type Pair[T] = Tuple[T, T]
print(Pair, Pair.__type_params__, Pair[int], Pair.__value__)
type Lazy = Undefined
print(Lazy)
def first[T](xs: list[T]) -> T:
    return xs[0]
print(first([1, 2]), first.__type_params__, first.__name__, first.__qualname__)
def g[T: int, *Ts, **P](): pass
T, Ts, P = g.__type_params__
print(T, Ts, P, T.__bound__, type(T), type(Ts), type(P), T.__name__)
print(repr(T), T.__constraints__, T.__covariant__, T.__infer_variance__)
def h[S: (int, str)](): pass
print(h.__type_params__[0].__constraints__, h.__type_params__[0].__bound__)
class Box[T]:
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item
    def __repr__(self):
        return f"Box({self.item!r})"
b = Box(3)
print(b, b.get(), Box.__type_params__, Box.__bases__, Box.__mro__)
print(Box[int])
print(Box.__qualname__, Box.__name__)
class Sub[U](Box[U]):
    pass
print(Sub(5), Sub.__bases__, Sub.__type_params__)
def outer():
    def inner[T](x: T) -> T:
        return x
    return inner
print(outer()(7), outer().__qualname__)
class K:
    def m[T](self, x: T) -> T:
        return x
print(K().m(4), K.m.__qualname__)
def lazy[T: Nope](): pass
print(lazy.__type_params__)
try:
    lazy.__type_params__[0].__bound__
except NameError as e:
    print("NameError", e)
type Rec = Union[List[Rec], int]
print(Rec.__value__)
print(Pair[int, str] if False else "skip")
print(T | None)

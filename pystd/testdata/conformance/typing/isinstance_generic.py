import typing
from typing import List, Dict, Any, Optional, Generic, TypeVar, Protocol, Iterable

T = TypeVar('T')
K = TypeVar('K')
print(isinstance([], List), isinstance({}, Dict), isinstance((), List), issubclass(list, List))
for check in [lambda: isinstance(1, Any), lambda: isinstance([], List[int]), lambda: isinstance(1, Optional[int])]:
    try:
        check()
    except TypeError as e:
        print(type(e).__name__, e)
print(Generic[T], Generic[T, K], Protocol[T])


class Pair(Generic[K, T]):
    def __init__(self, k: K, v: T):
        self.k, self.v = k, v


class Named(Pair[str, T]):
    pass


class Mixed(Pair[int, int], Generic[T]):
    pass


print(Pair.__mro__, Named.__mro__, Mixed.__mro__)
print(Pair[str, int], Named[float], Pair.__orig_bases__ if hasattr(Pair, '__orig_bases__') else None)
n = Named('a', 1.5)
print(n.k, n.v, isinstance(n, Pair), type(n).__name__)


class Readable(Protocol[T]):
    def read(self) -> T: ...


print(Readable.__mro__)


class MyList(List[int]):
    pass


ml = MyList([1, 2])
print(ml, isinstance(ml, list), MyList.__mro__)

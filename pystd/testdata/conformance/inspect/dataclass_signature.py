import inspect
from dataclasses import dataclass, field, KW_ONLY
from typing import List, Optional


@dataclass
class P:
    x: int
    y: float = 0.0
    tags: List[str] = field(default_factory=list)
    _: KW_ONLY
    z: Optional[int] = None
    w: int = field(default=1, init=False)


@dataclass(kw_only=True)
class Q:
    a: str
    b: dict = field(default_factory=dict)


@dataclass
class R:
    n: int

    def __init__(self, n, extra=1):
        self.n = n
        print("user __init__", extra)


print(inspect.signature(P))
print(inspect.signature(P.__init__))
print(inspect.signature(Q), inspect.signature(R))
print(list(inspect.signature(P).parameters))
print(R(5).n)

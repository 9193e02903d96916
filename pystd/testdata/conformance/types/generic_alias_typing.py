# PEP 585 aliases with typing (get_origin/get_args, Optional, Generic), dataclasses and copy.
import typing
from typing import Optional, Union, get_origin, get_args, TypeVar, Generic
from dataclasses import dataclass, field
print(get_origin(list[int]), get_args(dict[str, int]), get_args(list[int]))
print(Optional[list[int]], Union[list[int], dict[str, int]], typing.List[list[int]])
print(Optional[list[int]].__args__)
@dataclass
class Inv:
    items: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
print(Inv(), Inv.__dataclass_fields__['items'].type)
T = TypeVar('T')
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []
print(Stack[int], Stack[list[int]])
print(typing.get_type_hints(Inv))
import copy
print(copy.copy(list[int]), copy.deepcopy(dict[str, int]))
print(repr(list[int]), str(list[int]), f"{list[int]}", [list[int]])
print(type[int](3), tuple[int, str]((1, 'a')))
print(list[int].__mro_entries__((list[int],)))

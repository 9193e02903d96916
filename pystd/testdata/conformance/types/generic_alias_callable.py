# collections.abc.Callable[[args], result]: CPython 3.11's _CallableGenericAlias.
from collections.abc import Callable, Iterator
Handler = Callable[[str], None]
print(Handler, Handler.__args__, Handler.__origin__)
print(Callable[..., int], Callable[[], int], Callable[[int, str], list[int]])
print(Callable[[int], int] == Callable[[int], int], type(Handler).__name__)
print(Iterator[int])
import types, typing
from typing import TypeVar
T = TypeVar('T')
h = Callable[[int], str]
print(isinstance(h, types.GenericAlias), type(h).__mro__, type(h).__module__)
print(Callable[[T], list[T]][int], Callable[[T], list[T]].__parameters__)
print(Callable[[], None], Callable[..., None].__args__)
for bad in (lambda: Callable[int], lambda: Callable[int, str]):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
print(typing.get_args(Callable[[int], str]), typing.get_origin(Callable[[int], str]))
print(h(lambda: 0) if False else h.__origin__)

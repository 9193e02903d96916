from typing import (Any, Optional, Union, List, Dict, Tuple, Set, Callable, Awaitable,
                    Coroutine, Iterable, Iterator, Generator, AsyncIterator, TypeVar,
                    Literal, Final, ClassVar, Sequence, Mapping, Type, NoReturn, FrozenSet)
import typing


class Node:
    pass


T = TypeVar('T')
K = TypeVar('K', bound=int)
V = TypeVar('V', int, str, covariant=True)
items = [Any, List, List[int], Optional[str], Union[int, str], Union[int, None],
         Union[int, str, None], Optional[Union[int, str]], Dict[str, int],
         Tuple[int, ...], Tuple[int, str], Tuple[()], Callable[[int, str], bool],
         Callable[..., int], Callable, Set[Node], T, K, V, List[T], Dict[str, List[int]],
         Literal['a', 1], Final[int], ClassVar[int], Iterable[int], Iterator,
         Generator[int, None, None], Awaitable[int], Coroutine[Any, Any, int],
         AsyncIterator[str], Type[Node], NoReturn, Sequence[int], Mapping[str, int],
         Union[int], Union[int, int], FrozenSet[str], typing.Dict, typing.Optional]
for x in items:
    print(repr(x))
print(Optional[int] == Union[int, None], Union[int, str] == Union[str, int])
print(List[int] == List[int], List[int] == List[str], hash(Dict[str, int]) == hash(Dict[str, int]))
print(typing.get_origin(List[int]), typing.get_args(Dict[str, int]))
print(typing.get_origin(Optional[int]), typing.get_args(Optional[int]))
print(typing.get_args(Callable[[int], str]), typing.get_origin(Literal['x']))
print(typing.get_origin(int), typing.get_args(int))
print(List[T][int], Dict[str, T][float])

# PEP 585: subscripting the builtin classes gives a types.GenericAlias.
import typing
from typing import TypeVar

T = TypeVar('T')
K = TypeVar('K')

print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], type[int])
print(list[typing.Any], set[str], frozenset[bytes], dict[str, typing.Optional[int]])
Vector = list[float]
print(Vector, Vector.__origin__, Vector.__args__, Vector.__parameters__)
print(type(Vector).__name__, type(Vector).__module__)

# Equality and hashing.
print(list[int] == list[int], list[int] == list[str], list[int] != list[int])
print(hash(list[int]) == hash(list[int]), {list[int]: 'a'}[list[int]])
print(list[int] == list, list[int] is list[int], list[int] == typing.List[int])

# Calling makes an instance of the origin.
print(list[int](), list[int]((1, 2)), dict[str, int](a=1), tuple[int, ...]([3, 4]))
print(type(list[int]()) is list)

# Attributes other than __origin__, __args__, __parameters__ are the origin's.
print(Vector.__name__, Vector.__qualname__, Vector.append is list.append)
print(Vector.__class__.__name__, dict[str, int].fromkeys('ab', 0))

# Class checks refuse a parameterized generic.
print(isinstance([], list), isinstance((1,), tuple))
for f, a in ((isinstance, []), (issubclass, list)):
    try:
        f(a, list[int])
    except TypeError as e:
        print('TypeError:', e)
try:
    isinstance([], (int, list[int]))
except TypeError as e:
    print('TypeError:', e)

# Annotations using them evaluate.
def total(xs: list[int], weights: dict[str, float] | None = None) -> tuple[int, ...]:
    return tuple(xs)

print(total([1, 2]))

# Type variables: __parameters__ and substitution.
print(dict[K, T], dict[K, T].__parameters__, dict[str, T][int], list[list[T]][str])
print(dict[T, list[T]][int])
for bad in (lambda: list[int][str], lambda: dict[K, T][int], lambda: list[T][int, str]):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)

# Subclasses of builtins are generic too, with their own name.
class MyList(list):
    pass

print(MyList[int], MyList[int]([1]), type(MyList[int]()).__name__)

# A parameterized builtin as a base class: the origin is the base.
class IntList(list[int]):
    pass

print(IntList.__mro__, IntList([1, 2]), IntList.__bases__)

# A class's own __class_getitem__ still wins; others are not subscriptable.
class Box:
    def __class_getitem__(cls, item):
        return ('Box', cls.__name__, item)

class Plain:
    pass

print(Box[int], Box[int, str])
for obj in (int, Plain, str):
    try:
        obj[int]
    except TypeError as e:
        print('TypeError:', e)

# The builtins have __class_getitem__ (type does not, yet type[C] works).
print(hasattr(list, '__class_getitem__'), list.__class_getitem__(int), dict.__class_getitem__((str, int)))
print(hasattr(type, '__class_getitem__'), '__class_getitem__' in dir(tuple))

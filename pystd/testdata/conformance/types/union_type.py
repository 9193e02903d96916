# PEP 604: int | None is a types.UnionType (in a script or cell; see README for imported modules).
import types
import typing
print(int | None, int | str, list[int] | None, None | int, int | str | None, int | int)
print(type(int | str), type(int | str) is types.UnionType if hasattr(types, 'UnionType') else 'no')
print((int | str).__args__, (int | None).__args__, (int | str) == (str | int), hash(int | str) == hash(str | int))
print(isinstance(3, int | str), isinstance(3.0, int | str), isinstance(None, int | None), issubclass(bool, int | str))
try:
    isinstance([], int | list[int])
except TypeError as e:
    print('TypeError:', e)
Number = int | float
def f(x: Number) -> str | None:
    return None
print(Number, f(1), dict[str, int | None])
try:
    int | 3
except TypeError as e:
    print('TypeError:', e)
import typing
print(int | typing.List[int])
x = int
x |= str
print(x)
print(typing.get_origin(int | str), typing.get_args(int | str), typing.get_args(list[int] | None))
print(typing.Union[int, str] == (int | str), (int | str) == typing.Union[int, str])
print(typing.Optional[int] | None, int | typing.Optional[str])
print(isinstance(int | str, types.UnionType), (int | str).__parameters__)
print({int | str: 1}[str | int])

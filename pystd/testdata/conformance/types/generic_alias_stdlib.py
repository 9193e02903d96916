# types.GenericAlias, and the stdlib classes that are generic in 3.11.
import collections
import collections.abc as abc
import contextlib
import re
import types

print(types.GenericAlias, type(list[int]) is types.GenericAlias)
print(types.GenericAlias(list, (int,)), types.GenericAlias(dict, (str, int)), types.GenericAlias(list, int))
print(isinstance(list[int], types.GenericAlias), types.GenericAlias(list, int) == list[int])

print(collections.deque[int], collections.defaultdict[str, list[int]])
print(collections.OrderedDict[str, int], collections.Counter[str], collections.ChainMap[str, int])
print(collections.deque[int]([1, 2]), collections.Counter[str]('abb'))
print(collections.defaultdict[str, list](list)['x'])

print(abc.Iterable[int], abc.Iterator[int], abc.Mapping[str, int], abc.Sequence[int])
print(abc.Awaitable[int], abc.MutableSequence[str], abc.KeysView[str], abc.Container[int])
print(abc.AsyncIterable[int], abc.Set[int], abc.MutableMapping[str, int], abc.Generator[int, None, None])

print(contextlib.AbstractContextManager[int], contextlib.AbstractAsyncContextManager[str])
print(re.Pattern[str], re.Match[bytes], re.Pattern[str].__origin__ is re.Pattern)


def count_words(lines: abc.Iterable[str]) -> collections.Counter[str]:
    c = collections.Counter()
    for line in lines:
        c.update(line.split())
    return c


print(count_words(['a b', 'b c']))

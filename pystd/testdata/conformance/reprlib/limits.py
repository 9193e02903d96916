import reprlib
from collections import deque

for x in [list(range(20)), tuple(range(3)), (1,), set(range(20)), frozenset('abcdefgh'), set(), frozenset(),
          {i: str(i) for i in range(10)}, {}, 'x' * 100, 'short', 2 ** 200, 12, deque(range(10)),
          [[[[[[[[1]]]]]]]], {'a': [1, {'b': (2, [3, {4}])}]}, object, 3.5, None, [1, 'two', 3.0]]:
    print(reprlib.repr(x))
r = reprlib.Repr()
r.maxlist = 2
r.maxstring = 10
r.maxlevel = 2
print(r.repr([1, 2, 3]), r.repr('abcdefghijklmnop'), r.repr([[1, [2]]]))


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        return f'Node({self.name!r}, {self.children!r})'


a = Node('a')
a.children.append(Node('b'))
a.children.append(a)
print(a, Node.__repr__.__name__, hasattr(Node.__repr__, '__wrapped__'))


class Weird:
    def __repr__(self):
        raise ValueError('no')


print(reprlib.repr(Weird()).startswith('<Weird instance at 0x'))

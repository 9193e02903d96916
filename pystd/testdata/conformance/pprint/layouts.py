import pprint
from collections import OrderedDict, defaultdict, Counter, deque
from dataclasses import dataclass, field

data = {'name': 'nbcheck', 'version': (0, 1, 0), 'tags': ['python', 'notebooks', 'asyncio', 'go'],
        'nested': {'b': [1, 2, 3] * 10, 'a': {'x': None, 'y': True, 'z': 3.5}},
        'empty': {}, 'pairs': [(i, str(i) * i) for i in range(6)], 'set': {3, 1, 2}, 1: 'int key'}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, width=120, sort_dicts=False)
pprint.pprint(data, indent=4, width=60)
pprint.pprint(data, depth=2)
pprint.pprint(list(range(40)), compact=True)
pprint.pprint(list(range(40)))
pprint.pp({'z': 1, 'a': [{'k': i, 'v': 'x' * i} for i in range(5)]}, width=30)
print(pprint.pformat([['a' * 30, 'b' * 30], ('c' * 40,)], width=50))
text = 'The quick brown fox jumps over the lazy dog. ' * 5
pprint.pprint(text)
pprint.pprint({'text': text, 'lines': 'first line\nsecond line that is rather long ' * 3})
pprint.pprint((1,))
pprint.pprint([(('deep' * 5,) * 3,) * 2])
od = OrderedDict((k, k * 10) for k in 'abcdefghijklmnop')
pprint.pprint(od)
dd = defaultdict(list, {'alpha': list(range(12)), 'beta': list(range(15))})
pprint.pprint(dd)
pprint.pprint(Counter('the quick brown fox jumps over the lazy dog'))
pprint.pprint(deque(range(30)))
pprint.pprint(deque(range(30), maxlen=40))
pprint.pprint(frozenset(range(30)))
pprint.pprint(set(['x' * 10, 'y' * 10, 'z' * 10, 'w' * 10, 'v' * 10, 'u' * 10, 't' * 10]))


@dataclass
class Config:
    name: str
    values: list = field(default_factory=list)
    options: dict = field(default_factory=dict)


cfg = Config('experiment-' * 3, list(range(20)), {'lr': 0.001, 'batch': 64, 'layers': [64, 128, 256]})
pprint.pprint(cfg)
pprint.pprint([cfg], width=60)
r = [1, 2]
r.append(r)
print(pprint.saferepr(r).startswith('[1, 2, <Recursion on list with id='), pprint.isrecursive(r),
      pprint.isreadable([1, 'a']), pprint.isreadable(object()))
print(pprint.saferepr({'b': 1, 'a': 2}), pprint.pformat(123456789, underscore_numbers=True))
pp = pprint.PrettyPrinter(width=20)
print(pp.pformat(list('abcdefghijkl')))

import copy
from collections import deque, defaultdict, Counter, OrderedDict, namedtuple

dq = deque([[1], 2], maxlen=5)
print(copy.copy(dq), copy.deepcopy(dq), copy.deepcopy(dq)[0] is dq[0])
dd = defaultdict(list, {'a': [1]})
d2 = copy.deepcopy(dd)
d2['b'].append(2)
print(dd, d2, d2['a'] is dd['a'])
c = Counter('aab')
print(copy.copy(c), copy.deepcopy(c))
od = OrderedDict([('x', [1]), ('y', 2)])
print(copy.deepcopy(od), copy.copy(od))
P = namedtuple('P', 'a b')
p = P([1], 2)
print(copy.copy(p), copy.deepcopy(p), copy.deepcopy(p).a is p.a)

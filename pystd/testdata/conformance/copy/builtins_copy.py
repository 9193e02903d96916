import copy

a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
a[1].append(99)
a[2]['k'].append(5)
print(a)
print(b)
print(c)
print(b is a, b[1] is a[1], c[1] is a[1])
t = (1, 2, [3])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy(t) == t)
t2 = (1, 'a', None)
print(copy.deepcopy(t2) is t2)
s = {1, 2}
print(copy.copy(s), copy.deepcopy(s) is s, copy.copy(frozenset(s)))
d = {'a': [1], 'b': (2, [3])}
dd = copy.deepcopy(d)
d['b'][1].append(4)
print(d, dd)
print(copy.copy(5), copy.deepcopy('x'), copy.deepcopy(None), copy.copy(len) is len)

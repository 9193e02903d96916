from collections import defaultdict

d = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    d[k].append(v)
print(d)
print(dict(d), d['zz'], len(d), 'q' in d)
c = defaultdict(int)
for ch in 'mississippi':
    c[ch] += 1
print(c, sorted(c.items()))
print(isinstance(c, dict), type(c).__name__, c.default_factory)
n = defaultdict(None, {'x': 1})
print(n)
try:
    n['y']
except KeyError as e:
    print('KeyError', e)
try:
    defaultdict(1)
except TypeError as e:
    print('TypeError', e)
nested = defaultdict(lambda: defaultdict(int))
nested['a']['b'] += 2
print(dict(nested['a']), d.get('missing'), 'missing' in d)
s = defaultdict(set)
s['k'].add(1)
print(s, s.copy())
print(defaultdict(list, a=[1]))

from collections import Counter

c = Counter('abracadabra')
print(c)
print(c.most_common(3), c.most_common(0))
print(c['a'], c['zzz'], len(c))
print(sorted(c.elements()))
c.update('aaz')
print(c)
c.subtract({'a': 10})
print(c)
print(Counter(), Counter({'a': 2, 'b': 1}), Counter({'x': 3}))
words = 'the cat and the hat and the bat'.split()
print(Counter(words).most_common(2))
print(Counter([1, 1, 2]).total())
del c['nothing']
print(list(c.keys())[:3])
try:
    Counter.fromkeys('ab')
except NotImplementedError as e:
    print('NotImplementedError', e)

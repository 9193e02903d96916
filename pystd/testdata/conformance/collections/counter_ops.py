from collections import Counter

a = Counter({'a': 3, 'b': 1, 'c': -2})
b = Counter({'a': 1, 'b': 2, 'd': 4})
print(a + b)
print(a - b)
print(a | b)
print(a & b)
print(+a, -a)
x = Counter(a=1)
x += Counter({'a': 2, 'b': 0})
print(x)
x -= Counter(a=5)
print(x)
print(Counter('ab') == Counter('ba'), Counter(a=1) == Counter({'a': 1, 'b': 0}))
print(Counter(a=1) <= Counter(a=2), Counter(a=3) < Counter(a=2))
try:
    a + 1
except TypeError as e:
    print('TypeError', e)
print(sum([Counter('ab'), Counter('bc')], Counter()))

# Exceptions compared by identity in containers: list.index, count, remove,
# in, dict keys, tuple and list equality.
a, b = ValueError('a'), ValueError('b')
l = [a, b]
print(l.index(b), l.count(a), b in l)
l.remove(b)
print(l, {a: 1}[a], a == b, a != b)
d = {a: 1, b: 2}
print(d[b], len(d), (a, b) == (a, b), [a] == [b])

from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[1])
print(p == (1, 2), isinstance(p, tuple), len(p), list(p))
x, y = p
print(x, y, Point._fields, Point.__name__)
print(p._asdict(), p._replace(y=5), Point._make([3, 4]))
print(Point(x=5, y=6), Point(7, y=8))
print(hash(p) == hash((1, 2)), {p: 'a'}[(1, 2)])
print(sorted([Point(2, 1), Point(1, 2)]))
P3 = namedtuple('P3', 'a, b c', defaults=[0])
print(P3(1, 2), P3(1, 2, 3), P3._field_defaults)
print(max(Point(1, 5), Point(1, 7)))
print(p.count(1), p.index(2))
try:
    p.x = 5
except AttributeError as e:
    print('AttributeError')
print(type(p).__name__, Point.__doc__)

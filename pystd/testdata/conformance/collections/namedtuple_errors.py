from collections import namedtuple

P = namedtuple('P', 'x y')
for f in [lambda: P(1), lambda: P(1, 2, 3), lambda: P(1, y=2, z=3),
          lambda: P._make([1]), lambda: P(1, 2)._replace(z=1),
          lambda: namedtuple('P', 'x x'), lambda: namedtuple('P', '_x'),
          lambda: namedtuple('P', 'def'), lambda: namedtuple('1P', 'x'),
          lambda: namedtuple('P', 'x', defaults=(1, 2)), lambda: P(1, x=2),
          lambda: P(), lambda: namedtuple('Q', 'a b c')()]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
R = namedtuple('R', 'a def _b a', rename=True)
print(R._fields)
Q = namedtuple('Q', 'a b', defaults=[1])
try:
    Q(1, 2, 3)
except TypeError as e:
    print(e)
print(Q(0))

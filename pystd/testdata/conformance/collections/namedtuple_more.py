from collections import namedtuple

Card = namedtuple('Card', ['rank', 'suit'])
deck = [Card(r, s) for s in 'SH' for r in '23']
print(deck)
print(sorted(deck, key=lambda c: (c.suit, c.rank)))
Employee = namedtuple('Employee', 'name, age, title', defaults=['staff'])
e = Employee('ann', 30)
print(e, e._asdict(), e.title)
print(Employee._make(['bob', 40, 'boss']))
d = {'name': 'cy', 'age': 5}
print(Employee(**d))
print(e._replace(age=31, title='lead'))
print(tuple(e), e[:2], e[-1], len(Employee._fields))
Pt = namedtuple('Pt', 'x y')
pts = {Pt(0, 0): 'origin', Pt(1, 0): 'east'}
print(pts[(0, 0)], pts[Pt(1, 0)], Pt(1, 2) == Pt(1, 2), Pt(1, 2) != (1, 3))
print(Pt(3, 4)._fields, getattr(Pt(5, 6), 'y'), Pt(x=1, y=2).x)
print(isinstance(Pt(1, 2), tuple), Pt.__name__, type(Pt(1, 2)).__name__)
x, y = Pt(7, 8)
print(x + y, sum(Pt(1, 2)), max(Pt(3, 9)))

from typing import NamedTuple, TypedDict, List, Optional


class Point(NamedTuple):
    x: int
    y: int = 0


p = Point(1, 2)
print(p, p.x, p.y, p[0], len(p), tuple(p))
print(Point(3), Point(x=5, y=6), Point._fields, Point._field_defaults)
print(p._asdict(), p._replace(y=9), Point._make([7, 8]))
print(isinstance(p, tuple), p == (1, 2), Point.__annotations__)
a, b = p
print(a + b)
try:
    Point()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__)


class Employee(NamedTuple):
    name: str
    dept: str
    salary: float = 0.0

    def describe(self):
        return f'{self.name} ({self.dept})'


e = Employee('Ann', 'R&D', 100.0)
print(e, e.describe())
Pair = NamedTuple('Pair', [('left', int), ('right', int)])
print(Pair(1, 2), Pair._fields)


class Movie(TypedDict):
    title: str
    year: int


m = Movie(title='Blade Runner', year=1982)
print(m, type(m).__name__, m['title'])
m2: Movie = {'title': 'Alien', 'year': 1979}
print(m2)
print(Movie.__annotations__, sorted(Movie.__required_keys__))


class Options(TypedDict, total=False):
    verbose: bool


print(Options(), Options(verbose=True), Options.__total__)

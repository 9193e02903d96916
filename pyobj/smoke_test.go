package pyobj_test

import "testing"

func TestSmoke(t *testing.T) {
	src := `
class Point:
    """A point."""
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return 'Point(%d, %d)' % (self.x, self.y)
    def __add__(self, o):
        return Point(self.x + o.x, self.y + o.y)
    def __eq__(self, o):
        return isinstance(o, Point) and self.x == o.x and self.y == o.y
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)
    def __len__(self):
        return 2
p = Point(1, 2)
q = Point(3, 4)
print(p + q, p == Point(1, 2), p != q, len(p), not p)
print(Point, Point.__name__, Point.__qualname__, Point.__module__, Point.__doc__)
print(list(Point.__dict__))
print(vars(p))
class P3(Point):
    def __init__(self, x, y, z):
        super(P3, self).__init__(x, y)
        self.z = z
r = P3(1, 2, 3)
print(r, r.z, r.dims, isinstance(r, Point), issubclass(P3, Point), P3.__mro__)
class MyError(Exception):
    pass
try:
    raise MyError('boom')
except Exception as e:
    print('caught', repr(e), str(e), e.args, type(e), isinstance(e, MyError))
class E2(ValueError):
    def __init__(self, msg, code):
        super(E2, self).__init__(msg)
        self.code = code
try:
    raise E2('bad', 42)
except ValueError as e:
    print(e, e.code, e.args)
print(repr(MyError()), repr(MyError('a', 1)))
class C:
    @property
    def v(self):
        return 5
    def _set_v(self, x):
        print('set', x)
    v = v.setter(_set_v)
    @classmethod
    def make(cls):
        return cls()
    @staticmethod
    def s(a):
        return a * 2
c = C.make()
print(c.v, C.s(4), c.s(5))
c.v = 3
class MyList(list):
    def first(self):
        return self[0]
m = MyList([3, 1, 2])
m.append(7)
print(m, len(m), m.first(), m[1:], isinstance(m, list))
print(type(p) is Point, type(3))
`
	t.Log("\n" + runPy(t, src))
}

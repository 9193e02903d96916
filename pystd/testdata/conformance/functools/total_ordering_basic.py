from functools import total_ordering


@total_ordering
class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor

    def __eq__(self, other):
        return (self.major, self.minor) == (other.major, other.minor)

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.major * 1000 + self.minor < other.major * 1000 + other.minor

    def __repr__(self):
        return f'V{self.major}.{self.minor}'


a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(sorted([b, a, Version(0, 9)]), max(a, b), min([b, a]))
print(a >= Version(1, 2), a <= Version(1, 2))


@total_ordering
class G:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __ge__(self, o):
        return self.v >= o.v


print(G(1) < G(2), G(3) > G(2), G(2) <= G(2))
try:
    @total_ordering
    class N:
        pass
except ValueError as e:
    print('ValueError', e)
try:
    a < 3
except TypeError as e:
    print('TypeError', e)

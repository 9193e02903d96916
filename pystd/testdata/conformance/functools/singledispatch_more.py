from functools import singledispatch, cached_property, reduce, partial


@singledispatch
def describe(obj):
    return 'something'


@describe.register(int)
def _(n):
    return f'int {n}'


@describe.register(float)
def _(x):
    return f'float {x:.1f}'


@describe.register(list)
@describe.register(tuple)
def _(seq):
    return 'seq of ' + ', '.join(describe(x) for x in seq)


print(describe(3), describe(2.5), describe('s'), describe([1, 2.0]), describe((None,)))
print(describe.registry[int].__name__ if hasattr(describe.registry[int], '__name__') else '?', len(describe.registry))


class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0

    @cached_property
    def area(self):
        self.computed += 1
        return round(3.14159 * self.r ** 2, 2)


c = Circle(2)
print(c.area, c.area, c.computed)
c.r = 3
print(c.area)
del c.area
print(c.area, c.computed)
print(type(Circle.__dict__['area']).__name__)

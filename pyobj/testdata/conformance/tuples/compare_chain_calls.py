# Chained comparisons of tuples and lists whose inner operand is a call:
# evaluated once, and the chain stops at the first false comparison.
calls = []
def f(v):
    calls.append(v)
    return v
a, b = (1, 2), (3, 4)
print(a < f((2, 0)) < b, calls)
print(a < f((5, 0)) < b, calls)
print(a > f((0, 0)) >= (0, 0), [1] <= f([1]) <= [1, 0], [2] < f([1]) < [3])
print(a < f((2, 0)) < b < (9,), (0,) < a < f((2,)) < b)
print(1 < f(2) < 3, 1 < f(5) < 3)
def g(x): return x
lo, hi = (0,), (9,)
print(lo < g((1,)) < hi, lo < g((1,)) == (1,))
try:
    print(a < f('x') < b)
except TypeError as e:
    print('TypeError', e)
def h(p, q, r):
    return p <= g(q) <= r
print(h((1,), (1,), (1,)), h([3], [2], [4]))
print([x for x in [(1,), (5,), (3,)] if lo < g(x) < (4,)])
# Two calls in a row, a call next to in, == and !=, and a name on the
# right that is not read when the chain stops before it.
calls.clear()
print((0,) < f((1,)) < f((2,)) < (3,), (0,) < f((5,)) < f((2,)) < (3,), calls)
print((0,) < f((1,)) in [(1,)], (0,) < f((1,)) == (1,) != (2,), [1] <= f([1]) != [1])
def unbound_right():
    if (5,) < g((1,)) < later:
        return 'reached'
    later = 1
    return 'stopped'
print(unbound_right())
class Odd:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        # chains inside a comparison method: one held then stopped
        return (0,) < g((1,)) < (0,) or (0,) < g((1,)) < (2,) and self.v < other.v
print(Odd(0) < f(Odd(1)) < Odd(2), Odd(0) < f(Odd(3)) < Odd(2), calls[-1].v)
print([t for t in [(1,), (5,), (3,)] if (0,) < g(t) < g((4,)) < (9,)])
# in, not in and is before an inner call.
pairs = [(1,), (2,)]
print((1,) in f(pairs) < [(3,)], (1,) not in f(pairs) < [(0,)], None is f(None) != (1,))
print((5,) in f(pairs) < [(3,)], [(1,)] != f([(2,)]) > [(1,)] not in [[(2,)]])

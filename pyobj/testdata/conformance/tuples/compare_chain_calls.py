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

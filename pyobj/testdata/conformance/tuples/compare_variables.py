# Ordering comparisons between variables holding tuples and lists of
# different lengths, chained comparisons, and mixed operands.
a, b, c = (1, 2), (1, 2, 0), (1, 3)
print(a < b, a <= b, a > b, a >= b, b < c, c > b)
print(a < b < c, a <= a < b, c > b >= a, a < c < b)
x, y = [1, 2], [1, 2, 3]
print(x < y, y < x, x <= x, y >= x, [] < x, [2] > y)
def order(p, q):
    return p < q, p <= q, p > q, p >= q
print(order((1,), (1, 0)), order((), ()), order([3], [2, 9]))
print(order(1, 2.5), order("ab", "b"), order((1, "a"), (1, "b")))
pairs = [(2, 1), (1, 5, 0), (1, 5), ()]
print(sorted(pairs), min(pairs), max(pairs))
print((1, 2) == (1, 2), a == b, a != b, x == [1, 2])
try:
    print(a < x)
except TypeError as e:
    print("TypeError:", e)

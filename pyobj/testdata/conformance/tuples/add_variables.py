# + between variables holding tuples of different lengths, in functions,
# at module level, through parameters, attributes and items.
a = (1, 2)
b = (3,)
print(a + b, b + a, a + a, () + b, b + ())
def cat(x, y):
    return x + y
print(cat((1, 2, 3), (4,)), cat((), ()), cat((1,), (2, 3, 4, 5)))
print(cat(1, 2), cat("ab", "c"), cat([1], [2, 3]), cat(1.5, 2))
class Box:
    pass
box = Box()
box.t = (0,)
box.u = (7, 8, 9)
print(box.t + box.u, len(box.t + box.u))
d = {"p": (1, 2), "q": (3, 4, 5)}
print(d["p"] + d["q"], d["q"] + d["p"])
parts = [(1,), (2, 3), (4, 5, 6)]
total = ()
for part in parts:
    total = total + part
print(total)
print(sum(parts, ()))

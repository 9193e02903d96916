# + on instances of tuple subclasses gives plain tuples, concatenated right.
class Pair(tuple):
    pass
p = Pair((1, 2))
q = (3,)
r = p + q
print(r, type(r).__name__)
print(q + p, type(q + p).__name__)
print(p + Pair((5, 6, 7)))
s = p
s += (0,)
print(s, type(s).__name__)

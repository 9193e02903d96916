# t += u with tuples of different lengths, on names, attributes and items;
# += on lists stays in place.
t = (1,)
u = (2, 3, 4)
t += u
print(t)
def grow(n):
    acc = ()
    for i in range(n):
        acc += (i,) * (i % 3)
    return acc
print(grow(6))
class C:
    def __init__(self):
        self.items = ()
    def push(self, more):
        self.items += more
        return self
c = C().push((1, 2)).push((3,)).push(())
print(c.items)
d = {"k": (9,)}
key = "k"
d[key] += (8, 7)
print(d)
lst = [1]
alias = lst
lst += [2, 3]
print(alias, lst is alias)
s = "a"
s += "bc"
n = 1
n += 2.5
print(s, n)

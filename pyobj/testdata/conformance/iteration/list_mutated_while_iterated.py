# A list iterator reads the list at each step (CPython's list_iterator):
# items appended during the loop are visited, removing items skips the
# next ones, and an exhausted iterator stays exhausted.
l = [1, 2]
for x in l:
    if x < 4:
        l.append(x + 2)
print(l)
l = [1, 2, 3, 4]
for x in l:
    l.remove(x)
print(l)
m = [1]
it = iter(m)
m.append(2)
print(list(it))
m.append(3)
print(list(it))
l = [1, 2, 3]
it = iter(l)
print(next(it))
del l[:]
print(list(it))
print([x for x in l], type(iter([])).__name__, type(iter(())).__name__)
print(type(iter([])) is type(iter([1])), type(iter([])) is type(iter(())))
class L(list):
    pass
s = L([1, 2])
for x in s:
    if x < 3:
        s.append(x + 2)
print(s, type(iter(s)).__name__)
print(list.__iter__([5, 6]).__next__(), type(list.__iter__([])).__name__)
print(2 in L([1, 2]), list.__contains__([float("nan"), 1], 1))
g = (x * 2 for x in l)
l.append(7)
print(list(g))
def deleg(l):
    yield from l
l = [1]
it = deleg(l)
print(next(it))
l.append(2)
print(list(it))
l = [1, 2]
print([x for x in l if len(l) < 5 and not l.append(x + 10)], l)

import copy

shared = [1, 2]
x = [shared, shared]
y = copy.deepcopy(x)
print(y, y[0] is y[1], y[0] is shared)
loop = [1]
loop.append(loop)
z = copy.deepcopy(loop)
print(z[1] is z, z is loop, len(z))
d = {}
d['self'] = d
e = copy.deepcopy(d)
print(e['self'] is e)
memo = {}
v = [1]
w1 = copy.deepcopy([v], memo)
w2 = copy.deepcopy([v], memo)
print(w1[0] is w2[0], w1[0] is v)

# deepcopy of plain lists, tuples and dicts (done in Go, pystd/deepcopy.go):
# sharing, cycles, the memo, tuples kept when nothing inside changes,
# subclasses and atomic items.
import copy
a = [1, 2]
b = {'x': a, 'y': a, (1, 2): [a, (a,)]}
t = (1, 'x', 2.5)
c = copy.deepcopy(b)
print(c, c['x'] is c['y'], c['x'] is a, c[(1, 2)][0] is c['x'], c[(1, 2)][1][0] is c['x'])
print(copy.deepcopy(t) is t, copy.deepcopy((a,)) is (a,))
class P:
    def __init__(self, v): self.v = v
    def __repr__(self): return f'P({self.v!r})'
l = [P(a), a, P([3])]
m = copy.deepcopy(l)
print(m, m[0].v is m[1], m[0] is l[0])
r = [1]
r.append(r)
rr = copy.deepcopy(r)
print(rr[1] is rr, rr is r)
d = {}
d['self'] = d
dd = copy.deepcopy(d)
print(dd['self'] is dd)
memo = {}
x = [a, a]
y = copy.deepcopy(x, memo)
print(y[0] is y[1], id(a) in memo, len(memo))
class L(list): pass
ll = L([a])
print(type(copy.deepcopy(ll)).__name__, copy.deepcopy(ll)[0] is a)
print(copy.deepcopy([len, int, None, ..., range(3), 1j, b'x']))

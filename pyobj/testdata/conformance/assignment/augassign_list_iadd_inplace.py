a = [1]
b = a
a += [2]
print(a is b, b)
t = (1,)
u = t
t += (2,)
print(t is u, u, t)
class C:
    def __init__(self): self.v = [0]
c = C()
alias = c.v
c.v += [1]
print(alias, c.v is alias)

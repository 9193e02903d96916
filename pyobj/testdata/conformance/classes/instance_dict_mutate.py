class A:
    pass
a = A()
a.__dict__['q'] = 5
print(a.q)
vars(a)['r'] = 6
print(a.r, sorted(vars(a)))

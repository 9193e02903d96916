def f(a, b=None, *, c=[]):
    c.append(a)
    return b, c
print(f(1), f(2), f(3, c=[]))
print(f.__defaults__, f.__kwdefaults__)

def f(a):
    b = 2
    l = locals()
    c = 3
    return sorted(l), sorted(locals())
print(f(1))

def f(x):
    y = x * 2
    return locals()
a = f(1)
b = f(2)
print(sorted(a.items()), sorted(b.items()))

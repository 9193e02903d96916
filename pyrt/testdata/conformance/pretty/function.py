def f(a, b=2, *args, c, d=4, **kw):
    pass
show(f)
def g():
    pass
show(g)

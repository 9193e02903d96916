def f(x, y=10):
    def g():
        return x + y
    x += 1
    return g
print(f(1)())
def h(*args, **kw):
    return lambda: (args, sorted(kw))
print(h(1, 2, a=3)())

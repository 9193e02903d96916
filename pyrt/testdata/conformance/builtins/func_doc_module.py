def f():
    "doc"


def g():
    return 'x'


print(f.__doc__, g.__doc__, f.__module__)
g.__doc__ = 'new'
g.__module__ = 'elsewhere'
print(g.__doc__, g.__module__, (lambda: 0).__doc__)
print((3).__class__, 'a'.__class__ is str, [].__class__, None.__class__)
print(len.__name__, print.__qualname__, str.upper.__name__, str.upper.__qualname__, len.__module__)

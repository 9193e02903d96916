class Outer:
    pass
print(Outer.__name__, Outer.__qualname__, Outer.__module__)

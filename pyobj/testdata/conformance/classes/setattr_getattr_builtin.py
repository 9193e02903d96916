class A:
    pass
a = A()
setattr(a, 'x', 10)
print(getattr(a, 'x'), getattr(a, 'y', 'dflt'), hasattr(a, 'x'), hasattr(a, 'y'))

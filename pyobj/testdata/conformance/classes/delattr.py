class A:
    pass
a = A()
a.x = 1
del a.x
print(hasattr(a, 'x'))
del a.x

class A:
    pass
a = A()
print(a.__class__ is A, a.__class__.__name__)

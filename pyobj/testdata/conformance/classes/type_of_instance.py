class A:
    pass
a = A()
print(type(a) is A, type(a) == A, type(A) is type, type(a).__name__)

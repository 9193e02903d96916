class A:
    x = 1
del A.x
print(hasattr(A, 'x'))

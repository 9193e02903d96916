class A:
    pass
print(type(A), type(int), type(type))

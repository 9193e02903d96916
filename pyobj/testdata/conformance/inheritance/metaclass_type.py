class A(metaclass=type):
    pass
print(type(A), A.__name__)

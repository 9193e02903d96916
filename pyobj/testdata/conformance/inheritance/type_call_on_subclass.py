class A:
    def __init__(self, v):
        self.v = v
class B(A):
    pass
b = B(4)
c = type(b)(5)
print(type(c).__name__, c.v)

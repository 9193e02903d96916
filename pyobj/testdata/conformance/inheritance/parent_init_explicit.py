class A:
    def __init__(self, v):
        self.v = v
class B(A):
    def __init__(self):
        A.__init__(self, 9)
print(B().v)

class A:
    @property
    def name(self):
        return type(self).__name__
class B(A):
    pass
print(B().name)

class A:
    @property
    def v(self):
        return 'A'
class B(A):
    @property
    def v(self):
        return 'B'
print(A().v, B().v)

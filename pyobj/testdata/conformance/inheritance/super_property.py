class A:
    @property
    def v(self):
        return 1
class B(A):
    @property
    def v(self):
        return super(B, self).v + 10
print(B().v)

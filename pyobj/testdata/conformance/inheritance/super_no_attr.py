class A: pass
class B(A):
    def f(self):
        return super(B, self).nothing
B().f()

class A:
    def f(self, y):
        return y * 2
a = A()
print(A.f(a, 4))

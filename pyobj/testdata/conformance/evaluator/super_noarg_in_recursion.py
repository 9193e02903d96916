class A:
    def f(self, n):
        return ["A", n]
class B(A):
    def f(self, n):
        if n == 0:
            return super().f(n)
        return [n] + self.f(n - 1) + super().f(n)
print(B().f(3))

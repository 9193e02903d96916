class A:
    def f(self, y):
        return y + 1
print(A().f(2))

class A:
    def f(self):
        return self
a = A()
m = a.f
print(m() is a, m.__self__ is a)

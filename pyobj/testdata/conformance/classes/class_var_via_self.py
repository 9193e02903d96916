class A:
    k = 10
    def get(self):
        return self.k
a = A()
print(a.get())
A.k = 20
print(a.get())

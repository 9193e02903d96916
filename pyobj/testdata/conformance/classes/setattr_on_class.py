class A:
    pass
A.x = 3
def f(self):
    return self.x + 1
A.f = f
print(A().f(), 'x' in A.__dict__)

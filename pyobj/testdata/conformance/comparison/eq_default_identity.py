class A: pass
a = A()
print(a == a, a == A(), a != a, a != A())

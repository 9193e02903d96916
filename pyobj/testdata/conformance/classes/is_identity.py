class A: pass
a = A()
b = a
print(a is b, a is A(), a == b, a == A(), a != A())

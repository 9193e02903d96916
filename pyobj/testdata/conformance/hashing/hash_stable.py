class A: pass
a = A()
print(hash(a) == hash(a))

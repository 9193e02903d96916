class A: pass
class B(A): pass
print(B.mro())

class A: pass
class B(A): pass
class C(B): pass
c = C()
print(isinstance(c, A), isinstance(c, B), isinstance(B(), C), isinstance(c, (int, A)))

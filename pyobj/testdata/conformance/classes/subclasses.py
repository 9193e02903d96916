class A: pass
class B(A): pass
class C(A): pass
print(A.__subclasses__())

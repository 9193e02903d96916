class A: pass
class B: pass
class C(A, B): pass
print(C.__bases__, C.__base__, A.__bases__)

class A:
    x = 1
class B(A):
    pass
class C(B):
    pass
print(C.x, C().x)
B.x = 2
print(C.x)

class A:
    x = "A"
class B(A): pass
b = B()
print(b.x)
A.x = "A2"
print(b.x)
B.x = "B"
print(b.x)
del B.x
print(b.x)
A.y = lambda self: "late method"
print(b.y())

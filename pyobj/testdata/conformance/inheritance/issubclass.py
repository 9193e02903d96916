class A: pass
class B(A): pass
print(issubclass(B, A), issubclass(A, B), issubclass(B, object), issubclass(B, (int, A)))

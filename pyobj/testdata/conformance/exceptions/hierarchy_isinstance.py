class A(Exception): pass
class B(A): pass
print(issubclass(B, Exception), issubclass(B, BaseException), issubclass(A, B), B.__mro__[1].__name__)

class Meta(type):
    def __init__(cls, name, bases, ns):
        super(Meta, cls).__init__(name, bases, ns)
        cls.registered = True
class A(metaclass=Meta):
    pass
class B(A):
    pass
print(A.registered, B.registered, type(B).__name__)

class A:
    @classmethod
    def name(cls):
        return cls.__name__
class B(A):
    pass
print(A.name(), B.name(), B().name())

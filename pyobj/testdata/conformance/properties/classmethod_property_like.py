class A:
    _n = 3
    @classmethod
    def n(cls):
        return cls._n
class B(A):
    _n = 4
print(A.n(), B.n())

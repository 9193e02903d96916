class A:
    @classmethod
    def make(cls, v):
        o = cls()
        o.v = v
        return o
a = A.make(3)
print(type(a).__name__, a.v)

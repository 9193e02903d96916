class A:
    @classmethod
    def c(cls):
        return cls is A
print(A().c())

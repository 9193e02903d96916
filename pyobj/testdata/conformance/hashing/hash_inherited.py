class A:
    def __hash__(self):
        return 42
class B(A):
    pass
print(hash(B()))

class A:
    pass
class B:
    def __eq__(self, o):
        return True
print(A() == B(), B() == A())

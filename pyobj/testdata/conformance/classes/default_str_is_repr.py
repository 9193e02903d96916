class A:
    def __repr__(self):
        return 'A!'
print(str(A()), A())

class A:
    def __repr__(self):
        return 'A-repr'
class B(A):
    def __repr__(self):
        return 'B<' + super(B, self).__repr__() + '>'
print(B())

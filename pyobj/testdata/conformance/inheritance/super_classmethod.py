class A:
    @classmethod
    def make(cls):
        return 'A.make ' + cls.__name__
class B(A):
    @classmethod
    def make(cls):
        return 'B+' + super(B, cls).make()
print(B.make())

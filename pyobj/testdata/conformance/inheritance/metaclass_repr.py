class Meta(type):
    def __repr__(cls):
        return '<Meta ' + cls.__name__ + '>'
class A(metaclass=Meta):
    pass
print(A, repr(A))

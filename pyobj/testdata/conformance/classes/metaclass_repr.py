# A metaclass __repr__ is the class's repr and str.
class Meta(type):
    def __repr__(cls):
        return '<kind ' + cls.__name__ + '>'


class C(metaclass=Meta):
    pass


class D(C):
    pass


class Plain(type):
    pass


class E(metaclass=Plain):
    pass


print(C, repr(C), str(C), [C, D])
print(E, repr(E))

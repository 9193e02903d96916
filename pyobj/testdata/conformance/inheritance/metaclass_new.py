class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns['added'] = name + '!'
        return super(Meta, mcs).__new__(mcs, name, bases, ns)
class A(metaclass=Meta):
    pass
print(A.added, type(A).__name__, isinstance(A, Meta))

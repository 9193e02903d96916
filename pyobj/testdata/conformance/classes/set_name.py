class D:
    def __set_name__(self, owner, name):
        self.name = name
        print('set_name', owner.__name__, name)
class A:
    field = D()
print(A.field.name)

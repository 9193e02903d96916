class D:
    def __get__(self, obj, owner):
        return 'descr'
class A:
    d = D()
a = A()
a.__dict__['d'] = 'inst'
print(a.d)

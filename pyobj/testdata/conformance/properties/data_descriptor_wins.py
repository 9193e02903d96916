class D:
    def __get__(self, obj, owner):
        return 'descr'
    def __set__(self, obj, v):
        print('set', v)
class A:
    d = D()
a = A()
a.d = 5
a.__dict__['d'] = 'inst'
print(a.d)

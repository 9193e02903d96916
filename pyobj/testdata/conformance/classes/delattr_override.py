class A:
    def __delattr__(self, name):
        print('del', name)
a = A()
del a.zz

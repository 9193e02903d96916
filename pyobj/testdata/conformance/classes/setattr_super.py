class A:
    def __setattr__(self, name, value):
        super(A, self).__setattr__(name, value + 1)
a = A()
a.v = 1
print(a.v)

class A:
    def __setattr__(self, name, value):
        print('set', name, value)
        object.__setattr__(self, name, value * 2)
a = A()
a.x = 5
print(a.x)

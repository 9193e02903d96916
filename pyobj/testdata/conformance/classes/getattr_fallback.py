class A:
    x = 1
    def __getattr__(self, name):
        return 'dyn_' + name
a = A()
print(a.x, a.foo, getattr(a, 'bar'))

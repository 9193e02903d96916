class A:
    def f(self):
        return 'method'
a = A()
a.f = lambda: 'instance'
print(a.f(), A().f())

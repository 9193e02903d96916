class A:
    z = 1
    a = 2
    def m(self):
        pass
    b = 3
print([k for k in A.__dict__ if not k.startswith('__')])

class A:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        if name == 'secret':
            return 'hidden'
        return object.__getattribute__(self, name)
a = A()
print(a.x, a.secret)

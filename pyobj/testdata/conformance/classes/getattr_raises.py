class A:
    def __getattr__(self, name):
        raise AttributeError(name)
print(hasattr(A(), 'x'))
A().x

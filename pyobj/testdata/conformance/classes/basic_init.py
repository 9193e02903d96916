class A:
    def __init__(self, x):
        self.x = x
a = A(3)
print(a.x)

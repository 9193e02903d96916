class A:
    def __init__(self):
        self.z = 1
        self.a = 2
        self.m = 3
print(vars(A()))
print(list(A().__dict__))

class A:
    @staticmethod
    def add(a, b):
        return a + b
print(A.add(1, 2), A().add(3, 4))

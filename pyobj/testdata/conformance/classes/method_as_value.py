class A:
    def __init__(self, n):
        self.n = n
    def get(self):
        return self.n
fs = [A(i).get for i in range(3)]
print([f() for f in fs])

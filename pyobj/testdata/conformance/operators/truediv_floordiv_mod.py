class N:
    def __init__(self, v):
        self.v = v
    def __truediv__(self, o):
        return 'truediv'
    def __floordiv__(self, o):
        return 'floordiv'
    def __mod__(self, o):
        return 'mod'
    def __pow__(self, o):
        return 'pow'
n = N(1)
print(n / 2, n // 2, n % 2, n ** 2)

try:
    sup = __nbc_super
except NameError:
    sup = super
class A:
    def __init__(self, x):
        self.x = x
class B(A):
    def __init__(self, x, y):
        sup(B, self).__init__(x)
        self.y = y
b = B(1, 2)
print(b.x, b.y)

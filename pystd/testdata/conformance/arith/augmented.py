# Augmented assignments on names: x /= y, x **= y, x //= y.


class Acc:
    def __init__(self):
        self.log = []

    def __itruediv__(self, other):
        self.log.append(("itruediv", other))
        return self

    def __truediv__(self, other):
        return "new object"

    def __ipow__(self, other):
        self.log.append(("ipow", other))
        return self

    def __floordiv__(self, other):
        return ("floordiv", other)


a = Acc()
b = a
a /= 3
a **= 2
print(a is b, a.log)
a //= 4
print(a)

x = 2**60 + 1
x /= 2**55 + 3
print(x)
y = 1.1
y **= 10
print(y)
z = 7
try:
    z //= 0
except ZeroDivisionError as e:
    print(e)
w = 7.0
try:
    w //= 0
except ZeroDivisionError as e:
    print(e)
n = 10**400 // 3
n /= 10**399
print(n)


def f():
    t = 9
    t **= 0.5
    return t


print(f())

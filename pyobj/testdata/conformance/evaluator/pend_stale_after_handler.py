class O:
    def m(self, x):
        print("O.m called with", x)
        return x
o = O()
def f(*a):
    print("f called with", a)
zero = 0
try:
    o.m(1 // zero)
except ZeroDivisionError:
    pass
f(3)
def h():
    try:
        o.m(1 // zero)
    except ZeroDivisionError:
        pass
    f(4)
h()
for i in range(2):
    try:
        o.m(-None)
    except TypeError:
        pass
    f(5)

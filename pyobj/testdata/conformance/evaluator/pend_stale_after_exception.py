class O:
    def m(self, x): return ("m", x)
o = O()
def f(*a): return ("f", a)
zero = 0
try:
    o.m(1 // zero)
except ZeroDivisionError:
    print(f(2))
for i in range(3):
    try:
        o.m(i // (i - 1))
    except ZeroDivisionError:
        pass
    print(f(i), len([i]))

class C:
    def m(self, x): return "old"
c = C()
def swap():
    C.m = lambda self, x: "new"
    return 1
print(c.m(swap()))
print(c.m(0))

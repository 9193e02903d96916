class C:
    def g(self):
        return 1
    p = property(g)
print(C.p.fget is C.g, C.p.fset)

class C:
    base = 10
    sq = [x * x for x in range(3)]
    gen = list(x for x in range(2))
    f = lambda self: self.base
print(C.sq, C.gen, C().f())

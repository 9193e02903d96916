class Call:
    def __call__(self, *a): return ("called", len(a))
class C:
    m = Call()
print(C().m(1), C.m(1))

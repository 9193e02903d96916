class C:
    def m(self, x): pass
    def n(self): pass
c = C()
for call in (lambda: c.m(), lambda: c.m(1, 2), lambda: c.n(1), lambda: c.m(1, y=2), lambda: c.m(1, x=2), lambda: C.m()):
    try:
        call()
    except TypeError as e:
        print(e)

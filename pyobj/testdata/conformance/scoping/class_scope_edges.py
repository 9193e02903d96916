class C:
    K = 3
    def m(self, x=K):
        return x
    f = staticmethod(lambda: K_missing if False else "lambda ok")
    first_iter = [k for k in range(K)]
print(C().m(), C.f(), C.first_iter)
try:
    class D:
        K = 2
        pairs = [(a, b) for a in range(2) for b in range(K)]
except NameError as e:
    print("NameError", e)
try:
    class E:
        K = 2
        g = lambda: K
    E.g()
except NameError as e:
    print("NameError", e)

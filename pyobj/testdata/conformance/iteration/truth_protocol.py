class B:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
print(bool(B(True)), bool(L(0)), bool(L(3)), "yes" if L(0) else "no", not L(2))
for obj in (B(1), B("x"), L(-1)):
    try:
        if obj:
            print("truthy")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

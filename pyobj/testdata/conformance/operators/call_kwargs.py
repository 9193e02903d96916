class F:
    def __call__(self, *a, **k):
        return (a, sorted(k.items()))
print(F()(1, 2, z=3))

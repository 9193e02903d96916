class I:
    def __index__(self): return 2
print([0] * I(), "ab" * I(), (1,) * I())

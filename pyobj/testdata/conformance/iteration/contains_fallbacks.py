class It:
    def __iter__(self): return iter([1, 2, 3])
class Gi:
    def __getitem__(self, i):
        if i > 4: raise IndexError
        return i * 2
class C:
    def __contains__(self, x): return x == "magic"
print(2 in It(), 5 in It(), 4 in Gi(), 5 in Gi(), "magic" in C(), "other" not in C())

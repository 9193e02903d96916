class I:
    def __index__(self): return 2
lst = [10, 20, 30]
print(lst[I()], "abc"[I()], bin(I()), hex(I()), range(5)[I()])

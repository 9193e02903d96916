class A:
    def __len__(self): return 1
    def __add__(self, o): return "type add"
a = A()
a.__len__ = lambda: 99
a.__add__ = lambda o: "instance add"
print(len(a), a + 1)

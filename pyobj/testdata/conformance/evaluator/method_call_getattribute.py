class C:
    def m(self, x): return ("m", x)
    def __getattribute__(self, name):
        if name == "m":
            return lambda x: ("intercepted", x)
        return object.__getattribute__(self, name)
print(C().m(1))

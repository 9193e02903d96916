class E(Exception):
    pass
print(str(E(42)), repr(E(42)), str(E(None)))

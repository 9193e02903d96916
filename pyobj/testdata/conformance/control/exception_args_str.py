e = ValueError("a", 2)
print(str(e), repr(e), e.args)
print(str(ValueError()), repr(ValueError()))
print(str(KeyError("k")), repr(KeyError("k")))

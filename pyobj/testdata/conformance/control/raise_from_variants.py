try:
    raise ValueError("a") from KeyError
except ValueError as e:
    print(repr(e.__cause__), e.__suppress_context__)
e1 = KeyError("c")
try:
    raise ValueError from e1
except ValueError as e:
    print(e.__cause__ is e1, repr(e))

print(True + True, True - True, True * True, True & False, True ^ True, True | False)
print(type(True & True).__name__)

print(True, False, repr(True))

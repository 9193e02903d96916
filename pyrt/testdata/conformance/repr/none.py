print(None, repr(None))

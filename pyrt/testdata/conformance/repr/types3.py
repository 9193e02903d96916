print(frozenset, type(2**100), complex, bytes, range)

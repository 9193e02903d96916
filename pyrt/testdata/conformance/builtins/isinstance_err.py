isinstance(1, 5)

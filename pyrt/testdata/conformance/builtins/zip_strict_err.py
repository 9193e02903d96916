list(zip([1, 2], 'a', strict=True))

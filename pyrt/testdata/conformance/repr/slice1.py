print(slice(3), slice(1, 2), slice(1, 2, 3), slice(None, None, -1))

print(slice(1, None, 2).indices(10), slice(-3, None).indices(5))

print([True, False, None])

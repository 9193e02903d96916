print(repr('x' * 30))

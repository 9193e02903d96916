print(isinstance(2**100, int), isinstance(1.0, float))

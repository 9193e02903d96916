print(str(ValueError('x')), str(ValueError()), str(ValueError('a', 1)), str(ValueError(5)))

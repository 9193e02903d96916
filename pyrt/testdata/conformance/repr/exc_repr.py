print(repr(ValueError('x')), repr(ValueError()), repr(ValueError('a', 1)))

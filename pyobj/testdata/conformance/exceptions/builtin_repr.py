print(repr(ValueError('bad')), repr(TypeError()), str(ValueError('a', 'b')))

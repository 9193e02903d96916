show(ValueError('x' * 40, 'y' * 40))

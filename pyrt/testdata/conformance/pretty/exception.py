show(ValueError('bad'))
show(KeyError('k'))
show(ValueError('a', 2))

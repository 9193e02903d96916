print(str(KeyError('k')), repr(KeyError('k')), str(KeyError(1)))

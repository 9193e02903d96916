print(str(dict([(1, 'x')])), repr(dict([('k', 1.5)])))

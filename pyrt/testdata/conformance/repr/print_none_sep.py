print('a', 'b', sep=None, end=None)

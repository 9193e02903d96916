print(len(dict()), bool(dict()), bool(dict([(1, 1)])))

print(sorted(dict([(3, 0), (1, 0), (2, 0)])))

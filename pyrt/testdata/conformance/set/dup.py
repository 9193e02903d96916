print(set([1, 1, 2, 2, 1.0, True]))

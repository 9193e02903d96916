print(set([1.5, 0.5, 2.5]))

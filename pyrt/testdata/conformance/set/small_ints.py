print(set([3, 1, 2]))

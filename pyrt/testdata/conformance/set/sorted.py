print(sorted(set([5, 2, 8])))

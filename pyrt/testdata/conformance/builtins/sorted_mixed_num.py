print(sorted([2, 1.5, True, 0]))

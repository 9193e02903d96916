print(set(range(20, 0, -1)))

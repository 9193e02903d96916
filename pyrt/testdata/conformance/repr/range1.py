print(range(5), range(1, 5), range(0, 10, 3), range(5, 0, -1))

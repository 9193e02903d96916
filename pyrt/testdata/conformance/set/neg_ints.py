print(set([-1, -2, 3, 0]))

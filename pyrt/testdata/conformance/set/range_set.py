print(set(range(10)), set(range(0, 40, 8)))

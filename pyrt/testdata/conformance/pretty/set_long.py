show(set(range(0, 300, 7)))

show(tuple(range(30)))

show(range(10))
show(slice(1, 2))

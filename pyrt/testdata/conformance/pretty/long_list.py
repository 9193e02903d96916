show(list(range(40)))

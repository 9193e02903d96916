print(set([x * x for x in range(-3, 4)]))

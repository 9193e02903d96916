print(max([1, 1.0]), min([1.0, 1]))

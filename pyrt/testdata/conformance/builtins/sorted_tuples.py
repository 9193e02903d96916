print(sorted([(2, 'b'), (1, 'z'), (1, 'a')]))

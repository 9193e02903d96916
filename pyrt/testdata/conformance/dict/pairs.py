print(dict([('x', 1), ('y', 2)]))

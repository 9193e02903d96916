for i, k in enumerate(dict([('a', 1), ('b', 2)])):
    print(i, k)

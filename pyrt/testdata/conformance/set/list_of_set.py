print(list(set([9, 8, 7])))

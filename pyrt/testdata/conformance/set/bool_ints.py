print(set([True, 2, False]))

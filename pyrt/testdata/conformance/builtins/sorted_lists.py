print(sorted([[2], [1, 5], [1, 2]]))

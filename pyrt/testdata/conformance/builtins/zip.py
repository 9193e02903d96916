print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip([1], [2], [3])))

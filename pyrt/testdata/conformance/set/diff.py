print(set([1, 2, 3]) - set([2]), set([1, 2]).difference([1], [2]))

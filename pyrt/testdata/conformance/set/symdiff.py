print(set([1, 2, 3]) ^ set([3, 4]), set([1]).symmetric_difference([1, 2]))

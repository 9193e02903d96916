print(set(), set([3]), set([2, 1]))

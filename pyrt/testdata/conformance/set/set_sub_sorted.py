print(sorted(set([3, 1]) | set([2])))

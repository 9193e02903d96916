print(set([1, 2]) | set([2, 3]), set([1]).union([5], (4,)))

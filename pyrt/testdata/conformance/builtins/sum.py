print(sum([1, 2, 3]), sum([0.1] * 3), sum([[1], [2]], []), sum(range(5), 10), sum([], start=5))

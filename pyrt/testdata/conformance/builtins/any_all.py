print(any([0, 0, 1]), any([]), all([1, 1]), all([]), all([1, 0]))

print(min(3, 1, 2), max([1, 5, 3]), min('hello'), max('a', 'b', key=ord))

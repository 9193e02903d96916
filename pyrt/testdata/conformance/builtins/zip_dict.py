print(dict(zip('abc', range(3))))

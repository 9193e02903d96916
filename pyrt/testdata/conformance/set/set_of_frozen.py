print(len(set([frozenset([1]), frozenset([1])])))

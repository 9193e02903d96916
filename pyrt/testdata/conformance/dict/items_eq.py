print(dict([(1, 2)]).items() == set([(1, 2)]), dict([(1, 2)]).keys() == set([1]))

show(set([1, 'a', 2.5]))

print(set([1]).isdisjoint([2]), set([1]).isdisjoint([1]))

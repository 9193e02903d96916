print(set([1, 2, 3]) & set([2, 3, 4]), set([1, 2]).intersection([2]))

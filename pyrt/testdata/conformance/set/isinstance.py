print(isinstance(set(), set), isinstance(frozenset(), frozenset), isinstance(set(), frozenset))

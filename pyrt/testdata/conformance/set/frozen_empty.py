print(frozenset(), repr(frozenset([])))

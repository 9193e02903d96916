show(set())
show(frozenset())

print(repr('x'), repr(1.5), repr([None]))

print(repr([1, 2]), repr('a'), repr(2.5))

print(repr('a'), repr("it's"), repr('say "hi"'), repr('both \' and "'))

print(repr('ab'.center(6)), repr('abc'.center(6, '*')), repr('a'.center(4)))

print(repr('ab'.ljust(5)), repr('ab'.rjust(5, '.')), repr('abc'.ljust(2)))

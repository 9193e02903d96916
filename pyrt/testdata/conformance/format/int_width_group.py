print(repr(format(12345, '>10,')), repr(format(12345, '<10,')))

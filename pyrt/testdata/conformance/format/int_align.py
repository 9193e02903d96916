print(repr(format(42, '<6')), repr(format(42, '^6')), repr(format(42, '>6')))

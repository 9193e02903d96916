print(repr('  a b  '.strip()), repr('xxaxx'.strip('x')), repr('  a'.lstrip()), repr('a  '.rstrip()))

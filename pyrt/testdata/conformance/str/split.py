print('a b  c'.split(), 'a,b,,c'.split(','), 'a b c'.split(None, 1), ''.split(), ''.split(','))

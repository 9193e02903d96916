print('-'.join(['a', 'b', 'c']), ''.join([]), ', '.join('xyz'))

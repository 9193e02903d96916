print('a-b-c-d'.split('-', 2), 'a b c'.split(maxsplit=1))

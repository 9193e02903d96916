print('{} {}'.format(1, 'a'))

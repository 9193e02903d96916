print('{1} {0} {1}'.format('a', 'b'))

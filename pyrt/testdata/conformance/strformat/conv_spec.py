print('{!r:>6}|'.format('ab'))

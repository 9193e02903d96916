print('a{'.format())

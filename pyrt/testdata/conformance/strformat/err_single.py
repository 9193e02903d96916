print('a}'.format())

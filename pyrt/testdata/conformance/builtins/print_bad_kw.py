print('a', bogus=1)

print('{}:{}'.format('a', 1))

print('banana'.count('a'), 'banana'.count('an'), 'banana'.count('a', 2), 'aaa'.count(''))

print(format(1234, 'n'))

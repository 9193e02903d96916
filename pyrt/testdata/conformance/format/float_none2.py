print(format(0.1, '10'), format(1e-7, '.3'), format(123.456, '.5'))

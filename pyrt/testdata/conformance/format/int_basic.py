print(format(42), format(42, 'd'), format(-42, '5d'))

print('{x}-{y}'.format(x=1, y=2))

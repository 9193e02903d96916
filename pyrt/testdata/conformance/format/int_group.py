print(format(1234567, ','), format(1234567, '_'), format(-1234, ','))

print(format(3.14159, '.3g'), format(1234.5, '.2g'), format(100.0, '.3g'), format(0.5, '.1g'))

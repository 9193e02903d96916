print(format(999999.5, 'g'), format(0.0001, 'g'), format(0.00001, 'g'), format(1e6, 'g'))

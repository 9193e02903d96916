print(format(12345.678, 'e'), format(0.000123, '.2e'), format(1.5, 'E'))

print(format(1.0, ''), format(1.0, '.3'), format(1234.5, '.2'), format(1e16, ''), format(12.0, '.0'))

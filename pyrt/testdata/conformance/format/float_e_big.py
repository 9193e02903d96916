print(format(1e300, 'e'), format(1e-300, '.3e'), format(9.999e5, '.2e'))

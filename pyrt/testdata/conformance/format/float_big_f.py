print(format(1e20, 'f'), format(1.5e16, '.1f'))

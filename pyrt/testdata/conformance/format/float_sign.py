print(format(1.5, '+.1f'), format(1.5, ' .1f'), format(-0.0, '.1f'))

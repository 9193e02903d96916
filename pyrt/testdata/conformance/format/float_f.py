print(format(3.14159, '.2f'), format(2.5, '.0f'), format(3.5, '.0f'), format(-1.5, 'f'))

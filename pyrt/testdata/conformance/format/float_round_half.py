print(format(0.125, '.2f'), format(0.375, '.2f'), format(2.675, '.2f'))

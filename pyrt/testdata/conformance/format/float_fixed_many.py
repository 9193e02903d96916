print(format(1/3, '.10f'), format(2/3, '.15f'), format(0.1, '.20f'))

print(format(-0.0, 'z.1f'), format(-0.04, 'z.1f'), format(-0.06, 'z.1f'))

print(format(3.14, '08.3f'), format(-3.14, '08.3f'), format(float('inf'), '010'))

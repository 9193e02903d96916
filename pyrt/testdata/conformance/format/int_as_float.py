print(format(42, 'f'), format(42, 'e'), format(42, '%'), format(42, 'g'))

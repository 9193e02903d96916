print(format(255, 'b'), format(255, 'o'), format(255, 'x'), format(255, 'X'))

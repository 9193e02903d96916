print(format(3.14159, '.2f'), format(42), format('x', '>3'))

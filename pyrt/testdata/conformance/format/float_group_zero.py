print(format(1234.5, '010,.2f'), format(1234.5, '+012,.1f'))

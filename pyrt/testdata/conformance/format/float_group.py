print(format(1234567.891, ',.2f'), format(1234567.891, '_.1f'), format(-9876.5, ',f'))

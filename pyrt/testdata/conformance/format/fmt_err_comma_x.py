format(10, ',x')

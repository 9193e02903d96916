print(format(1234, '08,'), format(1234, '010,'), format(1234, '07,'))

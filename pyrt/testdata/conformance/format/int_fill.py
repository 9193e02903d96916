print(format(42, '*^7'), format(42, '0>5'), format(-42, '=8'))

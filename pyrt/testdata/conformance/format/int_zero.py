print(format(42, '05'), format(-42, '05'), format(42, '+05'))

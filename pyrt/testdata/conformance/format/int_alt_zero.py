print(format(255, '#010x'), format(-255, '#010x'), format(5, '#06b'))
